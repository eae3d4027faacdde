package org.openhall.board.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;

/**
 * A ticket called to a window, as a board shows it: the number and the window, and the visitor's
 * masked name only for boards of halls that turned names on.
 *
 * @param status    {@code CALLED} (the visitor is on the way) or {@code SERVING}; in the list of last
 *                  calls, the status when the call was made
 * @param callCount how many times it was called, recalls included
 * @param calledAt  when it was last called
 * @param holder    the visitor's masked name ({@code 张*}) when the ticket has one; shown only when
 *                  the board is configured to show names
 */
public record Call(String ticketId, String number, String service, LocalizedText serviceName, long windowId,
        int windowNumber, TicketStatus status, int callCount, Instant calledAt, @Nullable String holder) {

    /**
     * The call a ticket stands for, or null when the ticket names no window (then there is nothing a
     * board could show).
     *
     * @param fallbackTime used when the ticket carries no call time
     */
    static @Nullable Call of(TicketView ticket, Instant fallbackTime) {
        if (ticket.windowId() == null || ticket.windowNumber() == null) {
            return null;
        }
        Instant calledAt = ticket.calledAt() != null ? ticket.calledAt() : fallbackTime;
        return new Call(ticket.id(), ticket.number(), ticket.service(), ticket.serviceName(), ticket.windowId(),
                ticket.windowNumber(), ticket.status(), Math.max(1, ticket.callCount()), calledAt,
                ticket.holder());
    }

    /** Identifies this call of this ticket: a recall is a new call with a new key. */
    public String key() {
        return ticketId + "#" + callCount;
    }

    /** True once the visitor has arrived and the window is serving them. */
    public boolean serving() {
        return status == TicketStatus.SERVING;
    }
}
