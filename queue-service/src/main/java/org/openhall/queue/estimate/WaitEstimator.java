package org.openhall.queue.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * <p>The play stops after {@link #maxCalls()} calls (hours of the hall's work): the tickets left then
 * are taken in their service's queue order (priority class, then time waited) and each given the
 * service's typical time, shared among the windows that serve it, after the last call played. So the
 * cost, one {@link CallPolicy#next} over the waiting tickets per call played, stays bounded in a hall
 * with thousands waiting.
 *
 * <p>Stateless and thread-safe.
 */
public final class WaitEstimator {

    /** How long a pause is assumed to last, unless told otherwise. */
    public static final Duration DEFAULT_EXPECTED_PAUSE = Duration.ofMinutes(10);

    /** How many calls are played at most, unless told otherwise. */
    public static final int DEFAULT_MAX_CALLS = 250;

    private static final String GHOST = "\u0000newcomer:";
    private static final Comparator<WaitingTicket> QUEUE_ORDER = Comparator
            .comparingInt((WaitingTicket t) -> -rank(t.priority()))
            .thenComparing(WaitingTicket::waitingSince)
            .thenComparingLong(WaitingTicket::sequence)
            .thenComparing(WaitingTicket::id);

    private final CallPolicy policy;
    private final Duration expectedPause;
    private final int maxCalls;

    public WaitEstimator(CallPolicy policy) {
        this(policy, DEFAULT_EXPECTED_PAUSE, DEFAULT_MAX_CALLS);
    }

    /**
     * @param policy        the hall's call policy
     * @param expectedPause how long a window's pause is assumed to last in all
     * @param maxCalls      how many calls to play at most before extrapolating
     * @throws IllegalArgumentException if {@code maxCalls} is not positive or the pause is negative
     */
    public WaitEstimator(CallPolicy policy, Duration expectedPause, int maxCalls) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.expectedPause = Objects.requireNonNull(expectedPause, "expectedPause");
        if (expectedPause.isNegative() || maxCalls < 1) {
            throw new IllegalArgumentException("expected pause must not be negative and max calls positive, were "
                    + expectedPause + " and " + maxCalls);
        }
        this.maxCalls = maxCalls;
    }

    public int maxCalls() {
        return maxCalls;
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

    private Map<String, Instant> play(Instant now, List<WaitingTicket> tickets, Collection<WindowNow> windows,
            ServiceTimes times, boolean openClosedWindows) {
        Set<WaitingTicket> pool = new LinkedHashSet<>(tickets);
        Map<String, Instant> calls = new HashMap<>();
        PriorityQueue<Free> free = new PriorityQueue<>();
        // Each window ranks only what it may call: most windows serve a few services of many.
        List<Set<WaitingTicket>> callable = new ArrayList<>();
        for (WindowNow window : windows) {
            Instant at = freeAt(now, window, times, openClosedWindows);
            if (at != null) {
                Set<WaitingTicket> mine = new LinkedHashSet<>();
                tickets.stream().filter(window.profile()::mayCall).forEach(mine::add);
                free.add(new Free(at, window, callable.size()));
                callable.add(mine);
            }
        }
        int played = 0;
        Instant last = now;
        while (!pool.isEmpty() && !free.isEmpty()) {
            if (played == maxCalls) {
                extrapolate(new ArrayList<>(pool), windows, times, openClosedWindows, last, calls);
                break;
            }
            Free next = free.poll();
            Optional<WaitingTicket> called = policy.next(next.window().profile(), callable.get(next.index()), next.at());
            if (called.isEmpty()) {
                continue; // nobody arrives in the play, so this window has nothing more to call
            }
            WaitingTicket ticket = called.get();
            pool.remove(ticket);
            callable.forEach(mine -> mine.remove(ticket));
            calls.put(ticket.id(), next.at());
            last = next.at();
            boolean ghost = ticket.id().startsWith(GHOST);
            if (!ghost) {
                played++;
            }
            Instant freeAgain = ghost
                    ? next.at()
                    : next.at().plusMillis(Math.round(times.typicalSeconds(ticket.service()) * 1000));
            free.add(new Free(freeAgain, next.window(), next.index()));
        }
        return calls;
    }

    /**
     * Past the calls played: each service's tickets left, in queue order, one typical visit apart,
     * shared among the windows that serve the service, from the last call played.
     */
    private static void extrapolate(List<WaitingTicket> left, Collection<WindowNow> windows, ServiceTimes times,
            boolean openClosedWindows, Instant from, Map<String, Instant> calls) {
        Map<String, List<WaitingTicket>> byService = new HashMap<>();
        left.forEach(t -> byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t));
        byService.forEach((service, queue) -> {
            List<WindowNow> serving = windows.stream().filter(w -> (openClosedWindows || w.state() != WindowState.CLOSED)
                    && w.profile().serves(service)).toList();
            long forEveryone = serving.stream().filter(w -> !w.profile().priorityOnly()).count();
            long count = forEveryone > 0 ? forEveryone : serving.size();
            if (count == 0) {
                return;
            }
            queue.sort(QUEUE_ORDER);
            double step = times.typicalSeconds(service) / count;
            for (int i = 0; i < queue.size(); i++) {
                calls.put(queue.get(i).id(), from.plusMillis(Math.round((i + 1) * step * 1000)));
            }
        });
    }

    private static int rank(Priority priority) {
        return switch (priority) {
            case GREEN_CHANNEL -> 2;
            case APPOINTMENT -> 1;
            case NORMAL -> 0;
        };
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
    private record Free(Instant at, WindowNow window, int index) implements Comparable<Free> {

        @Override
        public int compareTo(Free other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(window.profile().windowId(), other.window.profile().windowId());
        }
    }
}
