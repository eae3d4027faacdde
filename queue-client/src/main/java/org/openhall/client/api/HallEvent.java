package org.openhall.client.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a hall's event log, as streamed on {@code /api/halls/{hall}/events}. Ids increase
 * in commit order per hall, so a client resumes with {@code Last-Event-ID} and misses nothing.
 * Ticket events carry the ticket as it was after the change; window events the window. A waiting
 * ticket's {@code position} is counted by the change; its {@code estimatedWait} is the one at hand
 * without playing the hall's whole queue forward: for a normal ticket issued or requeued to the back
 * of its service's queue, a newcomer's wait in the hall's latest estimate if under 30 s old (it may
 * miss the tickets issued since); none otherwise (a green-channel or appointment ticket, a transferred
 * one, or no estimate that fresh). The answer to the change and {@code GET /api/tickets/{id}} carry
 * the full estimate.
 */
public record HallEvent(long id, String type, String hall, Instant occurredAt, @Nullable TicketView ticket,
        @Nullable WindowView window) {

    public static final String TICKET_ISSUED = "ticket-issued";
    public static final String TICKET_CALLED = "ticket-called";
    public static final String TICKET_RECALLED = "ticket-recalled";
    public static final String TICKET_STARTED = "ticket-started";
    public static final String TICKET_COMPLETED = "ticket-completed";
    public static final String TICKET_NO_SHOW = "ticket-no-show";
    public static final String TICKET_REQUEUED = "ticket-requeued";
    public static final String TICKET_CANCELLED = "ticket-cancelled";
    public static final String TICKET_TRANSFERRED = "ticket-transferred";
    public static final String WINDOW_OPENED = "window-opened";
    public static final String WINDOW_PAUSED = "window-paused";
    public static final String WINDOW_CLOSED = "window-closed";
}
