package org.openhall.queue.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.Priority;
import org.openhall.queue.policy.WaitingTicket;
import org.openhall.queue.policy.WeightedPolicy;
import org.openhall.queue.policy.WindowProfile;

class WaitEstimatorTest {

    private static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");
    private static final WaitEstimator ESTIMATOR = new WaitEstimator(new WeightedPolicy());

    /** Every recent visit of A took 5 minutes, of B 10 minutes. */
    private static final ServiceTimes TIMES = ServiceTimes.learn(Map.of(
            "A", Collections.nCopies(10, Duration.ofMinutes(5)),
            "B", Collections.nCopies(10, Duration.ofMinutes(10))), Duration.ofMinutes(3));

    private static final WindowProfile A_ONLY = WindowProfile.serving(1, Map.of("A", 1.0));
    private static final WindowProfile A_AND_B = WindowProfile.serving(2, Map.of("A", 1.0, "B", 1.0));

    private static WaitingTicket ticket(String id, String service, int minutesWaited) {
        return new WaitingTicket(id, service, Priority.NORMAL, NOW.minus(Duration.ofMinutes(minutesWaited)),
                Long.parseLong(id.substring(1)), null, null);
    }

    @Test
    void anEmptyQueueAtAnIdleWindowMeansNoWait() {
        WaitEstimates estimates = ESTIMATOR.estimate(NOW, List.of(), List.of(WindowNow.idle(A_ONLY)), TIMES, List.of("A"));

        assertThat(estimates.newcomer("A", NOW)).contains(Duration.ZERO);
    }

    @Test
    void eachTicketWaitsForTheVisitsAheadOfIt() {
        List<WaitingTicket> waiting = List.of(ticket("T1", "A", 30), ticket("T2", "A", 20), ticket("T3", "A", 10));

        WaitEstimates estimates = ESTIMATOR.estimate(NOW, waiting, List.of(WindowNow.idle(A_ONLY)), TIMES, List.of("A"));

        assertThat(estimates.ticket("T1", NOW)).contains(Duration.ZERO);
        assertThat(estimates.ticket("T2", NOW)).contains(Duration.ofMinutes(5));
        assertThat(estimates.ticket("T3", NOW)).contains(Duration.ofMinutes(10));
        assertThat(estimates.newcomer("A", NOW)).contains(Duration.ofMinutes(15));
        assertThat(estimates.ticket("T3", NOW.plus(Duration.ofMinutes(4)))).as("time passing counts down")
                .contains(Duration.ofMinutes(6));
    }

    @Test
    void twoWindowsShareTheQueue() {
        List<WaitingTicket> waiting = List.of(ticket("T1", "A", 30), ticket("T2", "A", 20), ticket("T3", "A", 10));

        WaitEstimates estimates = ESTIMATOR.estimate(NOW, waiting,
                List.of(WindowNow.idle(A_ONLY), WindowNow.idle(A_AND_B)), TIMES, List.of("A"));

        assertThat(estimates.ticket("T3", NOW)).contains(Duration.ofMinutes(5));
        assertThat(estimates.newcomer("A", NOW)).contains(Duration.ofMinutes(5));
    }

    @Test
    void aWindowSharedWithAnotherServiceSlowsTheService() {
        List<WindowNow> windows = List.of(WindowNow.idle(A_ONLY), WindowNow.idle(A_AND_B));
        List<WaitingTicket> onlyA = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            onlyA.add(ticket("T" + i, "A", 30 - i));
        }
        List<WaitingTicket> withB = new ArrayList<>(onlyA);
        for (int i = 11; i <= 16; i++) {
            withB.add(ticket("T" + i, "B", 60 - i)); // waited longer: the shared window takes them first
        }

        Duration alone = ESTIMATOR.estimate(NOW, onlyA, windows, TIMES, List.of("A")).newcomer("A", NOW).orElseThrow();
        Duration shared = ESTIMATOR.estimate(NOW, withB, windows, TIMES, List.of("A")).newcomer("A", NOW).orElseThrow();

        assertThat(alone).isEqualTo(Duration.ofMinutes(15));
        assertThat(shared).isGreaterThan(alone);
    }

    @Test
    void aBusyWindowIsFreeOnceItsVisitIsProbablyOver() {
        WindowNow busy = WindowNow.busy(A_ONLY, "A", NOW.minus(Duration.ofMinutes(4)));

        WaitEstimates estimates = ESTIMATOR.estimate(NOW, List.of(ticket("T1", "A", 10)), List.of(busy), TIMES,
                List.of("A"));

        assertThat(estimates.ticket("T1", NOW)).contains(Duration.ofMinutes(1));
        assertThat(estimates.newcomer("A", NOW)).contains(Duration.ofMinutes(6));
    }

    @Test
    void aVisitRunningLongerThanUsualStillCountsSomeTime() {
        WindowNow overrunning = WindowNow.busy(A_ONLY, "A", NOW.minus(Duration.ofMinutes(30)));

        Duration wait = ESTIMATOR.estimate(NOW, List.of(), List.of(overrunning), TIMES, List.of("A"))
                .newcomer("A", NOW).orElseThrow();

        assertThat(wait).isPositive().isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void aPausedWindowComesBackAfterTheExpectedPause() {
        WindowNow paused = WindowNow.paused(A_ONLY, NOW.minus(Duration.ofMinutes(4)));

        Duration wait = ESTIMATOR.estimate(NOW, List.of(), List.of(paused), TIMES, List.of("A"))
                .newcomer("A", NOW).orElseThrow();

        assertThat(wait).isEqualTo(WaitEstimator.DEFAULT_EXPECTED_PAUSE.minus(Duration.ofMinutes(4)));
    }

    @Test
    void aPriorityOnlyWindowDoesNotHelpNormalTickets() {
        WindowProfile greenChannel = new WindowProfile(9, Map.of("A", 1.0), true, false);
        List<WaitingTicket> waiting = List.of(ticket("T1", "A", 30), ticket("T2", "A", 20));

        WaitEstimates estimates = ESTIMATOR.estimate(NOW, waiting,
                List.of(WindowNow.idle(A_ONLY), WindowNow.idle(greenChannel)), TIMES, List.of("A"));

        assertThat(estimates.ticket("T2", NOW)).contains(Duration.ofMinutes(5));
    }

    @Test
    void aGreenChannelTicketGoesFirst() {
        WaitingTicket green = new WaitingTicket("T9", "A", Priority.GREEN_CHANNEL, NOW, 9, null, null);
        List<WaitingTicket> waiting = List.of(ticket("T1", "A", 30), green);

        WaitEstimates estimates = ESTIMATOR.estimate(NOW, waiting, List.of(WindowNow.idle(A_ONLY)), TIMES, List.of());

        assertThat(estimates.ticket("T9", NOW)).contains(Duration.ZERO);
        assertThat(estimates.ticket("T1", NOW)).contains(Duration.ofMinutes(5));
    }

    @Test
    void ticketsOnlyAClosedWindowServesWaitAsIfItOpenedNow() {
        WindowProfile bOnly = WindowProfile.serving(3, Map.of("B", 1.0));
        List<WaitingTicket> waiting = List.of(ticket("T1", "B", 30), ticket("T2", "B", 20));

        WaitEstimates estimates = ESTIMATOR.estimate(NOW, waiting,
                List.of(WindowNow.idle(A_ONLY), WindowNow.closed(bOnly)), TIMES, List.of("A", "B", "C"));

        assertThat(estimates.ticket("T2", NOW)).contains(Duration.ofMinutes(10));
        assertThat(estimates.newcomer("B", NOW)).contains(Duration.ofMinutes(20));
        assertThat(estimates.newcomer("C", NOW)).as("no window serves C").isEmpty();
    }

    @Test
    void aVeryLongQueueIsExtrapolatedPastTheCallsPlayed() {
        List<WaitingTicket> waiting = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            waiting.add(ticket("T" + i, "A", 60 - i));
        }
        List<WindowNow> one = List.of(WindowNow.idle(A_ONLY));
        WaitEstimator playingFour = new WaitEstimator(new WeightedPolicy(), WaitEstimator.DEFAULT_EXPECTED_PAUSE, 4);

        WaitEstimates played = ESTIMATOR.estimate(NOW, waiting, one, TIMES, List.of("A"));
        WaitEstimates extrapolated = playingFour.estimate(NOW, waiting, one, TIMES, List.of("A"));

        for (int i = 1; i <= 10; i++) {
            assertThat(extrapolated.ticket("T" + i, NOW)).contains(Duration.ofMinutes(5L * (i - 1)))
                    .isEqualTo(played.ticket("T" + i, NOW));
        }
        assertThat(extrapolated.newcomer("A", NOW)).contains(Duration.ofMinutes(50));
    }

    @Test
    void aServiceWithoutHistoryFallsBackToTheHallsMeanThenToTheDefault() {
        ServiceTimes times = ServiceTimes.learn(Map.of("B", List.of(Duration.ofMinutes(4), Duration.ofMinutes(6),
                Duration.ofMinutes(8)), "C", List.of(Duration.ofMinutes(2))), Duration.ofMinutes(3));

        assertThat(times.knows("B")).isTrue();
        assertThat(times.knows("A")).isFalse();
        assertThat(times.typical("B")).isEqualTo(Duration.ofMinutes(6));
        assertThat(times.typical("A")).as("the mean of all four visits").isEqualTo(Duration.ofMinutes(5));
        assertThat(ServiceTimes.none(Duration.ofMinutes(3)).typical("A")).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aVisitLeftRunningDoesNotSwampTheTypicalTime() {
        List<Duration> visits = new ArrayList<>(Collections.nCopies(9, Duration.ofMinutes(5)));
        visits.add(Duration.ofHours(8)); // a clerk forgot to complete it

        assertThat(ServiceTimes.learn(Map.of("A", visits), Duration.ofMinutes(3)).typical("A"))
                .isLessThanOrEqualTo(Duration.ofMinutes(7));
    }
}
