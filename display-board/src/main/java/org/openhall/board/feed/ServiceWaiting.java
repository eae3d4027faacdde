package org.openhall.board.feed;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;

/**
 * How many tickets wait for one service.
 *
 * <p>The snapshot tells how many waited, not which tickets; events after it name tickets. The count
 * is therefore kept in two parts, so that a ticket seen twice (a repeated issue, a requeue of a
 * ticket already waiting) is never counted twice.
 *
 * @param baseline tickets that waited at the snapshot and have not been seen since, known only by
 *                 number
 * @param tickets       ids of tickets seen waiting in an event since the snapshot
 * @param estimatedWait queue-service's latest estimate of the wait for a ticket taken now: the
 *                      snapshot's, then that of the last ticket issued to the back of the
 *                      service's common queue (normal priority, no appointment, no window); null when
 *                      queue-service has given none
 */
public record ServiceWaiting(String service, String prefix, LocalizedText name, int baseline, Set<String> tickets,
        @Nullable Duration estimatedWait) {

    public ServiceWaiting {
        baseline = Math.max(0, baseline);
        tickets = Set.copyOf(tickets);
    }

    /** A service's queue without an estimate. */
    public ServiceWaiting(String service, String prefix, LocalizedText name, int baseline, Set<String> tickets) {
        this(service, prefix, name, baseline, tickets, null);
    }

    /** How many tickets wait for this service. */
    public int count() {
        return baseline + tickets.size();
    }
}
