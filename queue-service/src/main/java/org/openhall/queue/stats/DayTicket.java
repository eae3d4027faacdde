package org.openhall.queue.stats;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;

/**
 * A ticket of the service day as the statistics read it.
 *
 * @param waitingSince  when it joined the queue it is in (issue, requeue or transfer)
 * @param firstCalledAt its first call, which ends its wait; recalls and later calls do not move it
 * @param endedAt       when it was completed, cancelled or marked no-show
 */
record DayTicket(long id, String publicId, String number, String service, Priority priority, TicketStatus status,
        Instant issuedAt, Instant waitingSince, @Nullable Instant firstCalledAt, @Nullable Instant endedAt,
        @Nullable Long windowId, @Nullable Long targetWindowId, @Nullable Instant appointmentAt) {

    /** Its wait, from issue to first call; null until called. */
    @Nullable Duration waitToFirstCall() {
        return firstCalledAt == null ? null : Duration.between(issuedAt, firstCalledAt);
    }

    /** Whether it was waiting at {@code t}: issued by then and not yet first-called or cancelled. */
    boolean waitingAt(Instant t) {
        if (issuedAt.isAfter(t)) {
            return false;
        }
        Instant end = firstCalledAt != null ? firstCalledAt : status == TicketStatus.CANCELLED ? endedAt : null;
        return end == null || end.isAfter(t);
    }
}
