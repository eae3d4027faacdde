package org.openhall.client.api;

/** Body of {@code POST /api/windows/{window}/pause}. */
public record PauseRequest(String reason) {
}
