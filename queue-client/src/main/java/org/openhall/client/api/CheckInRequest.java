package org.openhall.client.api;

/**
 * Body of {@code POST /api/halls/{hall}/check-ins/lookup} and {@code POST /api/halls/{hall}/check-ins}:
 * the text a kiosk read from a pre-application or appointment QR code, exactly as scanned.
 */
public record CheckInRequest(String payload) {
}
