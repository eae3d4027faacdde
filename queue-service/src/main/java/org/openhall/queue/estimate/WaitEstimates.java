package org.openhall.queue.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The estimator's answer for a hall at one moment: when each waiting ticket, and a visitor of each
 * service taking a ticket at that moment, will probably be called.
 *
 * @param at          the moment estimated for
 * @param calls       per waiting ticket id, its estimated call
 * @param newcomers   per service code, the estimated call of a normal ticket taken at {@code at}
 */
public record WaitEstimates(Instant at, Map<String, Instant> calls, Map<String, Instant> newcomers) {

    public WaitEstimates {
        Objects.requireNonNull(at, "at");
        calls = Map.copyOf(calls);
        newcomers = Map.copyOf(newcomers);
    }

    /**
     * The waiting ticket's remaining wait at {@code now} (zero once its estimated call has passed), whole
     * seconds; empty for a ticket the estimate does not know or that no window can ever call.
     */
    public Optional<Duration> ticket(String ticketId, Instant now) {
        return remaining(calls.get(ticketId), now);
    }

    /** The wait of a normal ticket of the service taken at {@code now}, as {@link #ticket}. */
    public Optional<Duration> newcomer(String service, Instant now) {
        return remaining(newcomers.get(service), now);
    }

    /** Whether the estimate covers this ticket. */
    public boolean covers(String ticketId) {
        return calls.containsKey(ticketId);
    }

    private static Optional<Duration> remaining(Instant call, Instant now) {
        if (call == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, call);
        return Optional.of(left.isNegative() ? Duration.ZERO : left.withNanos(0));
    }
}
