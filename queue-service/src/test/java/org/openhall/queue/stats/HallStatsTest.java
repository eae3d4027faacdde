package org.openhall.queue.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.annotation.Autowired;

/** The managers' statistics of a day driven minute by minute with the test clock, read over HTTP. */
@QueueServiceTest
class HallStatsTest extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Monday: the opening-hours test hall is open 09:00-12:00. */
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    WindowDesk windowDesk;

    private static Instant at(LocalDate day, String localTime) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(localTime)).atZone(SHANGHAI).toInstant();
    }

    private static Instant at(String localTime) {
        return at(DAY, localTime);
    }

    private TicketView issue(String hall, String service, String localTime) {
        return issue(hall, new IssueTicketRequest(service, null, Priority.NORMAL), at(localTime));
    }

    private TicketView issue(String hall, IssueTicketRequest request, Instant when) {
        clock.set(when);
        return api.issueTicket(hall, request, UUID.randomUUID().toString());
    }

    private TicketView call(long window, TicketView ticket, String localTime) {
        clock.set(at(localTime));
        return api.call(window, new CallTicketRequest(ticket.id()));
    }

    private static HallStats.ServiceStats service(HallStats stats, String code) {
        return stats.services().stream().filter(s -> s.service().equals(code)).findFirst().orElseThrow();
    }

    private static HallStats.WindowStats window(HallStats stats, long id) {
        return stats.windows().stream().filter(w -> w.windowId() == id).findFirst().orElseThrow();
    }

    @Test
    void sumsUpADayOfQueuesWaitsWindowsAndAlerts() {
        String hall = halls.createWithOpeningHours("A", "B");
        long w1 = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long w2 = halls.openWindow(hall, 2, Map.of("a", 1.0, "b", 1.0));
        long w3 = halls.openWindow(hall, 3, Map.of("b", 1.0));
        long w4 = halls.openWindow(hall, 4, Map.of("b", 1.0));
        long w5 = halls.openWindow(hall, 5, Map.of("b", 1.0), true);
        long w6 = windowDesk.create(hall, 6, LocalizedText.of("窗口", "Window"), Map.of("b", 1.0), false, true);
        windowDesk.open(w6);
        long w7 = windowDesk.create(hall, 7, LocalizedText.of("窗口", "Window"), Map.of("b", 1.0), false, false);

        // A: twenty tickets issued 10 s apart from 09:00, each called a minute after the one before from
        // 09:10 and served at once: ticket k waits 600 + 50k seconds (600 ... 1550).
        List<TicketView> a = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            a.add(issue(hall, new IssueTicketRequest("a", null, Priority.NORMAL), at("09:00").plusSeconds(10L * k)));
        }
        // B: two no-shows (one recalled, one requeued), three that wait on, one cancelled, one at window 3.
        TicketView b1 = issue(hall, "b", "09:05");
        TicketView b2 = issue(hall, "b", "09:06");
        for (int k = 0; k < 20; k++) {
            clock.set(at("09:10").plusSeconds(60L * k));
            api.call(w1, new CallTicketRequest(a.get(k).id()));
            api.start(a.get(k).id());
            api.complete(a.get(k).id());
        }
        call(w2, b1, "09:20:00");
        clock.set(at("09:21"));
        api.recall(b1.id());
        clock.set(at("09:22"));
        api.noShow(b1.id());
        call(w2, b2, "09:25:00");
        clock.set(at("09:26"));
        api.noShow(b2.id());
        clock.set(at("09:27"));
        api.requeue(b2.id());
        TicketView b3 = issue(hall, "b", "09:40");
        TicketView b4 = issue(hall, new IssueTicketRequest("b", null, Priority.GREEN_CHANNEL), at("09:41"));
        TicketView b5 = issue(hall, "b", "09:42");
        clock.set(at("09:43"));
        api.cancel(b5.id());
        TicketView b6 = issue(hall, "b", "09:44");
        call(w3, b6, "09:50:00");
        clock.set(at("09:55"));
        api.pauseWindow(w4, "lunch");

        clock.set(at("10:05"));
        HallStats stats = api.stats(hall);

        assertThat(stats.hall()).isEqualTo(hall);
        assertThat(stats.serviceDay()).isEqualTo(DAY);
        assertThat(stats.at()).isEqualTo(at("10:05"));
        assertThat(stats.services()).extracting(HallStats.ServiceStats::service).containsExactly("a", "b");

        HallStats.ServiceStats sa = service(stats, "a");
        assertThat(sa.waiting()).isZero();
        assertThat(sa.longestWait()).isNull();
        assertThat(sa.meanWait()).isEqualTo(Duration.ofSeconds(1075)); // (600 + 1550) / 2
        assertThat(sa.p95Wait()).as("nearest rank: the 19th of 20").isEqualTo(Duration.ofSeconds(1500));
        assertThat(sa.served()).isEqualTo(20);
        assertThat(sa.noShows()).isZero();
        assertThat(sa.waitThreshold()).isEqualTo(Duration.ofMinutes(20));

        HallStats.ServiceStats sb = service(stats, "b");
        assertThat(sb.waiting()).as("b2 (requeued), b3, b4").isEqualTo(3);
        assertThat(sb.longestWait()).as("b2, back in the queue since 09:27").isEqualTo(Duration.ofMinutes(38));
        // First calls only: b1 waited 15:00 (its recall does not count), b2 19:00 (not its requeue), b6 6:00.
        assertThat(sb.meanWait()).isEqualTo(Duration.ofSeconds((900 + 1140 + 360) / 3));
        assertThat(sb.p95Wait()).isEqualTo(Duration.ofSeconds(1140));
        assertThat(sb.served()).isZero();
        assertThat(sb.noShows()).as("b2 was requeued").isEqualTo(1);

        HallStats.WindowStats one = window(stats, w1);
        assertThat(one.number()).isEqualTo(1);
        assertThat(one.state()).isEqualTo(WindowState.OPEN);
        assertThat(one.served()).isEqualTo(20);
        assertThat(one.waitingForIt()).isZero();
        assertThat(one.idleWhileWaiting()).as("nothing waits for it").isFalse();
        HallStats.WindowStats two = window(stats, w2);
        assertThat(two.waitingForIt()).isEqualTo(3);
        assertThat(two.currentTicket()).isNull();
        assertThat(two.idleWhileWaiting()).isTrue();
        assertThat(two.served()).isZero();
        HallStats.WindowStats three = window(stats, w3);
        assertThat(three.currentTicket()).isEqualTo(b6.number());
        assertThat(three.waitingForIt()).isEqualTo(3);
        assertThat(three.idleWhileWaiting()).as("busy").isFalse();
        HallStats.WindowStats four = window(stats, w4);
        assertThat(four.state()).isEqualTo(WindowState.PAUSED);
        assertThat(four.pauseReason()).isEqualTo("lunch");
        assertThat(four.stateSince()).isEqualTo(at("09:55"));
        assertThat(four.idleWhileWaiting()).as("paused").isFalse();
        HallStats.WindowStats five = window(stats, w5);
        assertThat(five.waitingForIt()).as("priority only: the green channel ticket").isEqualTo(1);
        assertThat(five.idleWhileWaiting()).isTrue();
        assertThat(window(stats, w6).waitingForIt()).as("normal only").isEqualTo(2);
        HallStats.WindowStats seven = window(stats, w7);
        assertThat(seven.state()).isEqualTo(WindowState.CLOSED);
        assertThat(seven.waitingForIt()).isEqualTo(3);
        assertThat(seven.idleWhileWaiting()).as("closed").isFalse();
        assertThat(stats.windows()).extracting(HallStats.WindowStats::number).containsExactly(1, 2, 3, 4, 5, 6, 7);

        assertThat(stats.alerts()).extracting(HallStats.WaitAlert::number)
                .containsExactly(b2.number(), b3.number(), b4.number());
        HallStats.WaitAlert first = stats.alerts().getFirst();
        assertThat(first.ticketId()).isEqualTo(b2.id());
        assertThat(first.service()).isEqualTo("b");
        assertThat(first.issuedAt()).isEqualTo(at("09:06"));
        assertThat(first.waited()).isEqualTo(Duration.ofMinutes(38));
        assertThat(first.threshold()).isEqualTo(Duration.ofMinutes(20));

        // Waiting: tickets issued and not yet first-called or cancelled at each quarter from the 09:00 opening.
        assertThat(stats.waitingOverDay()).containsExactly(
                new HallStats.WaitingPoint(at("09:00"), 1),
                new HallStats.WaitingPoint(at("09:15"), 16),
                new HallStats.WaitingPoint(at("09:30"), 0),
                new HallStats.WaitingPoint(at("09:45"), 3),
                new HallStats.WaitingPoint(at("10:00"), 2),
                new HallStats.WaitingPoint(at("10:05"), 2));
        assertThat(stats.devices()).isEmpty();
    }

    @Test
    void raisesAnAlertOnlyOnceAWaitPassesItsThreshold() {
        String hall = halls.create("A");
        Instant issued = at("10:00");
        TicketView ticket = issue(hall, new IssueTicketRequest("a", null, Priority.NORMAL), issued);

        clock.set(issued.plus(Duration.ofMinutes(20)));
        HallStats atThreshold = api.stats(hall);
        assertThat(atThreshold.alerts()).isEmpty();
        assertThat(service(atThreshold, "a").longestWait()).isEqualTo(Duration.ofMinutes(20));

        clock.set(issued.plus(Duration.ofMinutes(20)).plusSeconds(1));
        HallStats past = api.stats(hall);
        assertThat(past.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.ticketId()).isEqualTo(ticket.id());
            assertThat(alert.waited()).isEqualTo(Duration.ofSeconds(1201));
        });
        // The curve starts at the quarter of the first ticket (this hall has no opening hours) and ends at now.
        assertThat(past.waitingOverDay()).containsExactly(
                new HallStats.WaitingPoint(at("10:00"), 1),
                new HallStats.WaitingPoint(at("10:15"), 1),
                new HallStats.WaitingPoint(at("10:20:01"), 1));
    }

    @Test
    void anEmptyDayHasEveryServiceAndWindowAndNothingElse() {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        clock.set(at("09:30"));

        HallStats stats = api.stats(hall);

        assertThat(stats.services()).hasSize(2).allSatisfy(s -> {
            assertThat(s.waiting()).isZero();
            assertThat(s.longestWait()).isNull();
            assertThat(s.meanWait()).isNull();
            assertThat(s.p95Wait()).isNull();
            assertThat(s.served()).isZero();
            assertThat(s.noShows()).isZero();
        });
        assertThat(stats.windows()).singleElement().satisfies(w -> {
            assertThat(w.windowId()).isEqualTo(window);
            assertThat(w.idleWhileWaiting()).isFalse();
            assertThat(w.currentTicket()).isNull();
        });
        assertThat(stats.alerts()).isEmpty();
        assertThat(stats.waitingOverDay()).isEmpty();
        assertThat(stats.devices()).isEmpty();
    }

    @Test
    void countsOnlyTheHallsOwnServiceDayInItsOwnZone() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        LocalDate yesterday = DAY.minusDays(1);
        TicketView served = issue(hall, new IssueTicketRequest("a", null, Priority.NORMAL), at(yesterday, "16:00"));
        clock.set(at(yesterday, "16:10"));
        api.call(window, new CallTicketRequest(served.id()));
        api.start(served.id());
        api.complete(served.id());
        // Left waiting overnight, and issued at 23:50 Shanghai time: 15:50 UTC, still yesterday.
        issue(hall, new IssueTicketRequest("a", null, Priority.NORMAL), at(yesterday, "23:50"));
        // 07:30 in Shanghai is 23:30 UTC the day before: today all the same.
        TicketView early = issue(hall, new IssueTicketRequest("a", null, Priority.NORMAL), at("07:30"));
        issue(hall, new IssueTicketRequest("a", null, Priority.NORMAL), at("08:07"));

        clock.set(at("08:10"));
        HallStats stats = api.stats(hall);

        assertThat(early.number()).isEqualTo("A001");
        assertThat(stats.serviceDay()).isEqualTo(DAY);
        HallStats.ServiceStats a = service(stats, "a");
        assertThat(a.waiting()).isEqualTo(2);
        assertThat(a.longestWait()).isEqualTo(Duration.ofMinutes(40));
        assertThat(a.served()).isZero();
        assertThat(a.meanWait()).isNull();
        assertThat(window(stats, window).served()).isZero();
        assertThat(window(stats, window).waitingForIt()).isEqualTo(2);
        assertThat(stats.alerts()).extracting(HallStats.WaitAlert::ticketId).containsExactly(early.id());
        assertThat(stats.waitingOverDay()).containsExactly(
                new HallStats.WaitingPoint(at("07:30"), 1),
                new HallStats.WaitingPoint(at("07:45"), 1),
                new HallStats.WaitingPoint(at("08:00"), 1),
                new HallStats.WaitingPoint(at("08:10"), 2));
    }

    @Test
    void anUnknownHallIsNotFound() {
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class, () -> api.stats("no-such-hall"));
        assertThat(refusal.status()).isEqualTo(404);
        assertThat(refusal.code()).isEqualTo("unknown-hall");
    }

    @Test
    void countsTodaysRatingsAndTheFollowUpsStillToDoUntilTheirDeadlinePasses() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        assertThat(api.stats(hall).reviews()).isEqualTo(HallStats.Reviews.NONE);
        for (int level : new int[] {5, 3, 1}) {
            TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
            api.callNext(window);
            api.start(ticket.id());
            api.complete(ticket.id());
            api.rate(ticket.id(), org.openhall.client.api.RatingRequest.of(level, "WEB"));
        }
        api.submitFeedback(hall, new org.openhall.client.api.FeedbackRequest("COMPLAINT", "ATTITUDE",
                "窗口工作人员态度冷淡", null, null));

        assertThat(api.stats(hall).reviews()).as("the bad review and the complaint are to follow up")
                .isEqualTo(new HallStats.Reviews(3, 2, 1, 2, 0));

        clock.advance(java.time.Duration.ofDays(14));
        assertThat(api.stats(hall).reviews()).as("two weeks on: nothing rated today, both follow-ups overdue")
                .isEqualTo(new HallStats.Reviews(0, 0, 0, 2, 2));
    }
}
