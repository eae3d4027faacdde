package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * What a kiosk or board tells queue-service about itself
 * ({@code PUT /api/halls/{hall}/devices/{device}}), on every change of state and as a heartbeat.
 *
 * @param kind   {@code KIOSK} or {@code BOARD}
 * @param detail what is wrong, in plain words (for example "printer: paper out"); null when READY
 */
public record DeviceReport(String kind, DeviceState state, @Nullable String detail) {
}
