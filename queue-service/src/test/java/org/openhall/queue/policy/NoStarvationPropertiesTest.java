package org.openhall.queue.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.queue.policy.PolicyArbitraries.mayCallBySpec;
import static org.openhall.queue.policy.Tickets.OPENING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openhall.client.api.Priority;

/**
 * No ticket starves. A simulated hall — one to nine windows serving random services with weights in (0, 1],
 * a random stream of arrivals, windows calling in turn, each call advancing a fixed clock by a random
 * service time of 1 to D seconds — calls every ticket that some window may call, and
 * <ol>
 *   <li>a window calls a normal ticket u while another normal ticket t it may call waits only if u has
 *       waited at least r times as long as t, where r = (least weight) / (greatest weight) at that window:
 *       later arrivals of a heavier service overtake a waiting ticket only for a bounded time;</li>
 *   <li>no ticket waits longer than the bound below.</li>
 * </ol>
 *
 * <h2>The bound</h2>
 * Let k be the number of windows and t a ticket arriving at a(t) that window W may call. Windows call in turn
 * and a call lasts at most D, so W has had j turns by a(t) + k·j·D, and it never idles while t waits. Each of
 * these turns that did not call t called a different ticket u that the policy ranked above t; u is a priority
 * ticket (transferred to W, appointment or green channel) that arrived by a(t) + k·j·D, or by (1) a normal
 * ticket that arrived by a(t) + (1 − r)·k·j·D. Let C(W, j) count the tickets other than t that W may call of
 * either kind. If C(W, j) &lt; j the j turns cannot all have gone to others, so
 * <pre>  wait(t) ≤ k · D · min over W of (least j ≥ 1 with C(W, j) &lt; j)  ≤  k · D · N</pre>
 * for a stream of N arrivals. The first form is what the weights buy: arrivals later than
 * a(t) + (1 − r)·T never delay a ticket that has waited T, however many there are — a policy serving the
 * heavier service strictly first breaks it as soon as a later heavy ticket is called before t.
 */
class NoStarvationPropertiesTest {

    @Property(tries = 300)
    void theWeightedPolicyCallsEveryTicketWithinTheBound(@ForAll("hall") Hall hall,
            @ForAll("grace") Duration grace) {
        assertEveryTicketIsCalledWithinTheBound(new WeightedPolicy(grace), hall);
    }

    @Property(tries = 100)
    void theFifoPolicyCallsEveryTicketWithinTheBound(@ForAll("hall") Hall hall) {
        assertEveryTicketIsCalledWithinTheBound(new FifoPolicy(), hall);
    }

    private static void assertEveryTicketIsCalledWithinTheBound(CallPolicy policy, Hall hall) {
        Map<String, Duration> waits = simulate(policy, hall);

        List<String> servable = hall.arrivals().stream().filter(hall::servable).map(WaitingTicket::id).toList();
        assertThat(waits.keySet()).as("called tickets").containsExactlyInAnyOrderElementsOf(servable);
        for (WaitingTicket ticket : hall.arrivals()) {
            if (hall.servable(ticket)) {
                assertThat(waits.get(ticket.id())).as("wait of %s", ticket).isLessThanOrEqualTo(bound(hall, ticket));
            }
        }
    }

    /**
     * Runs the hall until no ticket is left that a window may call: windows call in turn, a call takes 1 to
     * D seconds, an idle turn no time; when nobody callable waits, the clock jumps to the next arrival. Checks
     * every call against the window's restrictions and rule 1 of the class comment.
     *
     * @return the wait of each called ticket
     */
    private static Map<String, Duration> simulate(CallPolicy policy, Hall hall) {
        Random random = new Random(hall.seed());
        Deque<WaitingTicket> pending = new ArrayDeque<>(hall.arrivals());
        Map<String, WaitingTicket> waiting = new LinkedHashMap<>();
        Map<String, Duration> waits = new LinkedHashMap<>();
        int windows = hall.windows().size();
        // every k turns with a callable ticket waiting call one; at most N calls and N idle stretches
        long turnLimit = 2L * windows * (hall.arrivals().size() + 1);
        Instant now = OPENING;
        long turn = 0;
        while (true) {
            while (!pending.isEmpty() && !pending.getFirst().waitingSince().isAfter(now)) {
                WaitingTicket arrived = pending.removeFirst();
                waiting.put(arrived.id(), arrived);
            }
            if (waiting.values().stream().noneMatch(hall::servable)) {
                if (pending.isEmpty()) {
                    return waits;
                }
                now = pending.getFirst().waitingSince();
                continue;
            }
            assertThat(turn).as("turns").isLessThan(turnLimit);
            WindowProfile window = hall.windows().get((int) (turn++ % windows));
            Optional<WaitingTicket> called = policy.next(window, Collections.unmodifiableCollection(waiting.values()),
                    now);
            if (called.isPresent()) {
                WaitingTicket ticket = called.get();
                assertThat(mayCallBySpec(window, ticket)).as("window %d may call %s", window.windowId(), ticket)
                        .isTrue();
                assertOvertakesOnlyTicketsThatWaitedMuchLess(window, ticket, waiting.values(), now);
                waiting.remove(ticket.id());
                waits.put(ticket.id(), Duration.between(ticket.waitingSince(), now));
                now = now.plusSeconds(1 + random.nextInt(hall.maxServiceSeconds()));
            }
        }
    }

    private static void assertOvertakesOnlyTicketsThatWaitedMuchLess(WindowProfile window, WaitingTicket called,
            Iterable<WaitingTicket> waiting, Instant now) {
        if (!isNormal(called)) {
            return;
        }
        double r = weightRatio(window);
        long calledWaited = Duration.between(called.waitingSince(), now).toSeconds();
        for (WaitingTicket other : waiting) {
            if (other != called && isNormal(other) && mayCallBySpec(window, other)) {
                long otherWaited = Duration.between(other.waitingSince(), now).toSeconds();
                assertThat((double) calledWaited)
                        .as("window %d calls %s (waited %d s) before %s (waited %d s)", window.windowId(), called,
                                calledWaited, other, otherWaited)
                        .isGreaterThanOrEqualTo(r * otherWaited - 1e-6);
            }
        }
    }

    /** The bound of the class comment for one ticket. */
    private static Duration bound(Hall hall, WaitingTicket ticket) {
        long k = hall.windows().size();
        long d = hall.maxServiceSeconds();
        long best = Long.MAX_VALUE;
        for (WindowProfile window : hall.windows()) {
            if (!mayCallBySpec(window, ticket)) {
                continue;
            }
            double r = weightRatio(window);
            List<WaitingTicket> rivals = hall.arrivals().stream()
                    .filter(u -> u != ticket && mayCallBySpec(window, u)).toList();
            List<Instant> priorityArrivals = rivals.stream().filter(u -> !isNormal(u))
                    .map(WaitingTicket::waitingSince).sorted().toList();
            List<Instant> normalArrivals = rivals.stream().filter(NoStarvationPropertiesTest::isNormal)
                    .map(WaitingTicket::waitingSince).sorted().toList();
            for (long j = 1; ; j++) {
                long horizonSeconds = k * j * d;
                // a millisecond of slack for the rounding of seconds × weight
                long normalHorizonMillis = Math.round((1 - r) * horizonSeconds * 1000) + 1;
                long overtakers = countUntil(priorityArrivals, ticket.waitingSince().plusSeconds(horizonSeconds))
                        + countUntil(normalArrivals, ticket.waitingSince().plusMillis(normalHorizonMillis));
                if (overtakers < j) {
                    best = Math.min(best, horizonSeconds);
                    break;
                }
            }
        }
        return Duration.ofSeconds(best);
    }

    private static long countUntil(List<Instant> sortedArrivals, Instant horizon) {
        return sortedArrivals.stream().takeWhile(arrival -> !arrival.isAfter(horizon)).count();
    }

    private static double weightRatio(WindowProfile window) {
        var weights = window.weights().values().stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return weights.getMin() / weights.getMax();
    }

    /** A ticket that competes by accumulating priority: not transferred, neither appointment nor green. */
    private static boolean isNormal(WaitingTicket ticket) {
        return ticket.targetWindowId() == null && ticket.priority() == Priority.NORMAL;
    }

    /**
     * @param maxServiceSeconds D, the longest a call lasts
     * @param seed              drives the service times
     */
    record Hall(List<WindowProfile> windows, List<WaitingTicket> arrivals, int maxServiceSeconds, long seed) {

        /** Whether some window may call the ticket. */
        boolean servable(WaitingTicket ticket) {
            return windows.stream().anyMatch(window -> mayCallBySpec(window, ticket));
        }
    }

    @Provide
    Arbitrary<Hall> hall() {
        return Combinators.combine(PolicyArbitraries.windows(), PolicyArbitraries.arrivals(),
                Arbitraries.integers().between(1, 900), Arbitraries.longs()).as(Hall::new);
    }

    @Provide
    Arbitrary<Duration> grace() {
        return Arbitraries.integers().between(0, 15).map(Duration::ofMinutes);
    }
}
