package org.openhall.client.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A kiosk or board as it last reported.
 *
 * @param device     the device's id, unique in its hall
 * @param since      when it entered its current state
 * @param reportedAt its last report
 * @param silent     no report for longer than the heartbeat allows: it may be off or cut off
 */
public record DeviceView(String device, String kind, DeviceState state, @Nullable String detail, Instant since,
        Instant reportedAt, boolean silent) {
}
