package org.openhall.queue.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.queue.policy.PolicyArbitraries.mayCallBySpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openhall.client.api.Priority;

class RankPropertiesTest {

    @Property
    void rankHoldsExactlyTheTicketsTheWindowMayCallEachOnce(@ForAll("policies") CallPolicy policy,
            @ForAll("window") WindowProfile window, @ForAll("snapshot") List<WaitingTicket> waiting,
            @ForAll("now") Instant now) {
        List<WaitingTicket> ranked = policy.rank(window, waiting, now);

        assertThat(ranked).allMatch(ticket -> mayCallBySpec(window, ticket), "the window may call it")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(waiting.stream().filter(t -> mayCallBySpec(window, t)).toList());
        assertThat(policy.next(window, waiting, now)).isEqualTo(ranked.stream().findFirst());
    }

    @Property
    void rankDoesNotDependOnTheOrderOfTheWaitingTickets(@ForAll("policies") CallPolicy policy,
            @ForAll("window") WindowProfile window, @ForAll("snapshot") List<WaitingTicket> waiting,
            @ForAll("now") Instant now, @ForAll Random random) {
        List<WaitingTicket> shuffled = new ArrayList<>(waiting);
        Collections.shuffle(shuffled, random);

        assertThat(policy.rank(window, shuffled, now)).containsExactlyElementsOf(policy.rank(window, waiting, now));
    }

    @Property
    void weightedRankingCallsBandByBandInTheirOwnOrder(@ForAll("window") WindowProfile window,
            @ForAll("snapshot") List<WaitingTicket> waiting, @ForAll("now") Instant now,
            @ForAll("grace") Duration grace) {
        List<WaitingTicket> ranked = new WeightedPolicy(grace).rank(window, waiting, now);

        for (int i = 1; i < ranked.size(); i++) {
            WaitingTicket before = ranked.get(i - 1);
            WaitingTicket after = ranked.get(i);
            int bandBefore = band(before, now, grace);
            int bandAfter = band(after, now, grace);
            assertThat(bandBefore).as("band of %s before %s", before, after).isLessThanOrEqualTo(bandAfter);
            if (bandBefore != bandAfter) {
                continue;
            }
            switch (bandBefore) {
                case 1, 3 -> assertThat(before.waitingSince()).isBeforeOrEqualTo(after.waitingSince());
                case 2 -> assertThat(appointmentKey(before)).isBeforeOrEqualTo(appointmentKey(after));
                default -> assertThat(accumulatedPriority(window, before, now))
                        .isGreaterThanOrEqualTo(accumulatedPriority(window, after, now) - 1e-6);
            }
        }
    }

    @Property
    void fifoRankingIsOldestWaitFirst(@ForAll("window") WindowProfile window,
            @ForAll("snapshot") List<WaitingTicket> waiting, @ForAll("now") Instant now) {
        List<WaitingTicket> ranked = new FifoPolicy().rank(window, waiting, now);

        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i - 1).waitingSince()).isBeforeOrEqualTo(ranked.get(i).waitingSince());
        }
    }

    /** The band of the weighted policy, restated from its definition. */
    private static int band(WaitingTicket ticket, Instant now, Duration grace) {
        if (ticket.targetWindowId() != null) {
            return 1;
        }
        Instant appointmentAt = ticket.appointmentAt();
        if (ticket.priority() == Priority.APPOINTMENT
                && (appointmentAt == null || !appointmentAt.isAfter(now.plus(grace)))) {
            return 2;
        }
        return ticket.priority() == Priority.GREEN_CHANNEL ? 3 : 4;
    }

    private static Instant appointmentKey(WaitingTicket ticket) {
        Instant appointmentAt = ticket.appointmentAt();
        return appointmentAt != null ? appointmentAt : ticket.waitingSince();
    }

    private static double accumulatedPriority(WindowProfile window, WaitingTicket ticket, Instant now) {
        double waitedSeconds = Math.max(0, Duration.between(ticket.waitingSince(), now).toMillis() / 1000.0);
        return waitedSeconds * window.weights().get(ticket.service());
    }

    @Provide
    Arbitrary<CallPolicy> policies() {
        return PolicyArbitraries.policies();
    }

    /** Windows 1–3, so that some tickets of the snapshot (transferred to windows 1–4) are transferred here. */
    @Provide
    Arbitrary<WindowProfile> window() {
        return Combinators.combine(Arbitraries.longs().between(1, 3), PolicyArbitraries.weights(),
                PolicyArbitraries.restrictions()).as(PolicyArbitraries::window);
    }

    @Provide
    Arbitrary<List<WaitingTicket>> snapshot() {
        return PolicyArbitraries.snapshots();
    }

    @Provide
    Arbitrary<Instant> now() {
        return PolicyArbitraries.nows();
    }

    @Provide
    Arbitrary<Duration> grace() {
        return Arbitraries.integers().between(0, 30).map(Duration::ofMinutes);
    }
}
