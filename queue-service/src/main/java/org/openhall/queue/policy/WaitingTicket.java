package org.openhall.queue.policy;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;

/**
 * A waiting ticket as a call policy sees it: only what ordering needs.
 *
 * @param id             the ticket's identifier, the last tie-breaker
 * @param service        the code of the service it waits for
 * @param priority       its priority class, kept across requeues and transfers
 * @param waitingSince   when it joined its current queue: issue, requeue or transfer time
 * @param sequence       a total order over tickets (issue order), the first tie-breaker
 * @param targetWindowId the window a clerk transferred it to; when set, no other window may call it
 * @param appointmentAt  the booked time; only read for {@link Priority#APPOINTMENT} tickets
 */
public record WaitingTicket(String id, String service, Priority priority, Instant waitingSince, long sequence,
        @Nullable Long targetWindowId, @Nullable Instant appointmentAt) {

    public WaitingTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(waitingSince, "waitingSince");
    }

    /** Whether a clerk transferred this ticket to a specific window. */
    public boolean isTransferredToAWindow() {
        return targetWindowId != null;
    }
}
