package org.openhall.client.api;

/** Body of {@code POST /api/windows/{window}/call}: the ticket to call out of order. */
public record CallTicketRequest(String ticket) {
}
