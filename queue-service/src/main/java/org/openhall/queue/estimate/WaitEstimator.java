package org.openhall.queue.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.openhall.client.api.Priority;
import org.openhall.client.api.WindowState;
import org.openhall.queue.policy.CallPolicy;
import org.openhall.queue.policy.WaitingTicket;

/**
 * Estimates waits by playing the hall forward from now: each window, once free, calls the ticket the
 * hall's {@link CallPolicy} would give it, and is then taken for the service's {@link ServiceTimes
 * typical time}. A window busy now is free after what probably remains of its visit; a paused window
 * comes back once a pause of {@link #expectedPause()} is over. Nobody arrives in the play, so a ticket's
 * estimate counts everyone the policy will call before it, whatever their service, at every window
 * that may call it.
 *
 * <p>A visitor taking a ticket now is played as a ghost ticket per service that takes no window time,
 * so estimating newcomers changes no other estimate. Tickets that no open or paused window may call are
 * estimated as if the hall's closed windows opened now; tickets that no window at all may call get no
 * estimate.
 *
 * <p>Stateless and thread-safe; the cost is one {@link CallPolicy#next} per waiting ticket.
 */
public final class WaitEstimator {

    /** How long a pause is assumed to last, unless told otherwise. */
    public static final Duration DEFAULT_EXPECTED_PAUSE = Duration.ofMinutes(10);

    private static final String GHOST = "\u0000newcomer:";

    private final CallPolicy policy;
    private final Duration expectedPause;

    public WaitEstimator(CallPolicy policy) {
        this(policy, DEFAULT_EXPECTED_PAUSE);
    }

    /**
     * @param policy        the hall's call policy
     * @param expectedPause how long a window's pause is assumed to last in all
     */
    public WaitEstimator(CallPolicy policy, Duration expectedPause) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.expectedPause = Objects.requireNonNull(expectedPause, "expectedPause");
    }

    public Duration expectedPause() {
        return expectedPause;
    }

    /**
     * Estimates every waiting ticket and a newcomer of each of {@code newcomerServices}.
     *
     * @param now              the moment to estimate for
     * @param waiting          the hall's waiting tickets, any order
     * @param windows          the hall's windows, closed ones included
     * @param times            the hall's learned service times
     * @param newcomerServices services to estimate a ticket taken now for
     */
    public WaitEstimates estimate(Instant now, Collection<WaitingTicket> waiting, Collection<WindowNow> windows,
            ServiceTimes times, Collection<String> newcomerServices) {
        List<WaitingTicket> pool = new ArrayList<>(waiting.size() + newcomerServices.size());
        pool.addAll(waiting);
        for (String service : new HashSet<>(newcomerServices)) {
            pool.add(new WaitingTicket(GHOST + service, service, Priority.NORMAL, now, Long.MAX_VALUE, null, null));
        }
        Map<String, Instant> calls = play(now, pool, windows, times, false);
        if (calls.size() < pool.size() && windows.stream().anyMatch(w -> w.state() == WindowState.CLOSED)) {
            Set<String> placed = calls.keySet();
            List<WaitingTicket> rest = pool.stream().filter(t -> !placed.contains(t.id())).toList();
            // The rest are tickets only closed windows serve: they wait for those to open, not behind the
            // others, so they are played among themselves.
            Map<String, Instant> more = play(now, rest, windows, times, true);
            calls = new HashMap<>(calls);
            calls.putAll(more);
        }
        Map<String, Instant> tickets = new HashMap<>();
        Map<String, Instant> newcomers = new HashMap<>();
        calls.forEach((id, at) -> {
            if (id.startsWith(GHOST)) {
                newcomers.put(id.substring(GHOST.length()), at);
            } else {
                tickets.put(id, at);
            }
        });
        return new WaitEstimates(now, tickets, newcomers);
    }

    /** The estimated remaining wait of one waiting ticket, empty when no window may call it. */
    public Optional<Duration> estimate(Instant now, WaitingTicket ticket, Collection<WaitingTicket> waiting,
            Collection<WindowNow> windows, ServiceTimes times) {
        return estimate(now, waiting, windows, times, List.of()).ticket(ticket.id(), now);
    }

    private Map<String, Instant> play(Instant now, List<WaitingTicket> tickets, Collection<WindowNow> windows,
            ServiceTimes times, boolean openClosedWindows) {
        List<WaitingTicket> pool = new ArrayList<>(tickets);
        Map<String, Instant> calls = new HashMap<>();
        PriorityQueue<Free> free = new PriorityQueue<>();
        for (WindowNow window : windows) {
            Instant at = freeAt(now, window, times, openClosedWindows);
            if (at != null) {
                free.add(new Free(at, window));
            }
        }
        while (!pool.isEmpty() && !free.isEmpty()) {
            Free next = free.poll();
            Optional<WaitingTicket> called = policy.next(next.window().profile(), pool, next.at());
            if (called.isEmpty()) {
                continue; // nobody arrives in the play, so this window has nothing more to call
            }
            WaitingTicket ticket = called.get();
            pool.remove(ticket);
            calls.put(ticket.id(), next.at());
            Instant freeAgain = ticket.id().startsWith(GHOST)
                    ? next.at()
                    : next.at().plusMillis(Math.round(times.typicalSeconds(ticket.service()) * 1000));
            free.add(new Free(freeAgain, next.window()));
        }
        return calls;
    }

    /** When the window can next call somebody, null if it will not in the play. */
    private Instant freeAt(Instant now, WindowNow window, ServiceTimes times, boolean openClosedWindows) {
        Instant at = switch (window.state()) {
            case OPEN -> now;
            case PAUSED -> {
                Instant since = window.since() == null ? now : window.since();
                Instant back = since.plus(expectedPause);
                // A pause that already ran long is assumed to end soon rather than now.
                Instant soon = now.plus(expectedPause.dividedBy(4));
                yield back.isAfter(soon) ? back : soon;
            }
            case CLOSED -> openClosedWindows ? now : null;
        };
        if (at == null) {
            return null;
        }
        if (window.busyWith() != null && window.busySince() != null) {
            double elapsed = Duration.between(window.busySince(), now).toMillis() / 1000.0;
            Instant done = now.plusMillis(Math.round(times.remainingSeconds(window.busyWith(), elapsed) * 1000));
            if (done.isAfter(at)) {
                at = done;
            }
        }
        return at;
    }

    /** A window free to call at an instant; earlier first, then by window id, so the play is deterministic. */
    private record Free(Instant at, WindowNow window) implements Comparable<Free> {

        @Override
        public int compareTo(Free other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(window.profile().windowId(), other.window.profile().windowId());
        }
    }
}
