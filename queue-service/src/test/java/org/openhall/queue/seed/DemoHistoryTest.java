package org.openhall.queue.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallSnapshot;
import org.openhall.queue.stats.HallReports;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.support.TestClock;
import org.openhall.queue.ticket.HallSnapshots;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo hall seeded with a past: eight working days before Thursday 15 October 2026, which skip
 * the National Day holidays (1–7 October) and the weekends, played through the hall's services at
 * start-up while another thread keeps reading the services' clock.
 */
@QueueServiceTest
@TestPropertySource(properties = {"openhall.demo.history-days=8", "openhall.demo.history-seed=7",
        "openhall.demo.qr-dir=target/demo-qr-history"})
@Import(DemoHistoryTest.FixedToday.class)
class DemoHistoryTest {

    /** Thursday 15 October 2026, 11:00 in Shanghai. */
    static final Instant TODAY = Instant.parse("2026-10-15T03:00:00Z");
    static final List<LocalDate> PLAYED = List.of(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29),
            LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9),
            LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 14));

    @Autowired
    HallReports reports;
    @Autowired
    HallSnapshots snapshots;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FixedToday fixedToday;
    @Autowired
    DemoHallSeeder seeder;
    @Autowired
    DemoHistory history;
    @Autowired
    WindowDesk windows;
    @Autowired
    DemoHallProperties properties;

    /**
     * Fixes the test clock at {@link #TODAY} before the seeder starts, and reads the services' clock on
     * another thread, as fast as it can, for as long as the application starts (the past is played then).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedToday implements InitializingBean, DisposableBean {

        final Set<Instant> seenElsewhere = ConcurrentHashMap.newKeySet();
        final AtomicLong reads = new AtomicLong();
        final AtomicBoolean reading = new AtomicBoolean(true);
        private final TestClock testClock;
        private final Clock servicesClock;

        FixedToday(TestClock testClock, Clock servicesClock) {
            this.testClock = testClock;
            this.servicesClock = servicesClock;
        }

        @Override
        public void afterPropertiesSet() {
            testClock.set(TODAY);
            Thread.ofPlatform().daemon().name("clock-watcher").start(() -> {
                while (reading.get()) {
                    seenElsewhere.add(servicesClock.instant());
                    reads.incrementAndGet();
                    LockSupport.parkNanos(200_000);
                }
            });
        }

        @Override
        public void destroy() {
            reading.set(false);
        }
    }

    @Test
    void everyPlayedWorkingDayHasTicketsServedRatedAndWaits() {
        for (LocalDate day : PLAYED) {
            HallReport.Figures total = reports.report("demo", HallReport.Period.DAY, day).total();
            assertThat(total.issued()).as("issued on %s", day).isBetween(100, 450);
            assertThat(total.served()).as("served on %s", day).isGreaterThan(total.issued() * 8 / 10);
            assertThat(total.noShows()).as("no-shows on %s", day).isPositive();
            assertThat(total.rated()).as("rated on %s", day).isPositive();
            assertThat(total.satisfactionRate()).as("satisfaction on %s", day).isGreaterThan(0.8);
            assertThat(total.meanWait()).as("mean wait on %s", day).isNotNull();
            assertThat(total.meanService()).as("mean service on %s", day).isNotNull();
            assertThat(total.withinThresholdShare()).as("within threshold on %s", day).isGreaterThan(0.6);
        }
    }

    @Test
    void weekendsHolidaysAndTodayHaveNoTickets() {
        for (LocalDate day = LocalDate.of(2026, 9, 26); !day.isAfter(LocalDate.of(2026, 10, 15)); day = day.plusDays(1)) {
            boolean played = PLAYED.contains(day);
            if (!played) {
                HallReport.Figures total = reports.report("demo", HallReport.Period.DAY, day).total();
                assertThat(total.issued() == null ? 0 : total.issued()).as("issued on %s", day).isZero();
                assertThat(total.called()).as("called on %s", day).isZero();
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || day.getMonthValue() == 10 && day.getDayOfMonth() <= 7 || day.equals(LocalDate.of(2026, 10, 15))) {
                assertThat(played).as("%s is not played", day).isFalse();
            }
        }
    }

    @Test
    void noTicketOfThePastIsLeftInAQueueOrAtAWindow() {
        long left = jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = 'demo'"
                + " AND status IN ('WAITING', 'TRANSFERRED', 'CALLED', 'SERVING')").query(Long.class).single();
        assertThat(left).isZero();
        HallSnapshot snapshot = snapshots.snapshot("demo");
        assertThat(snapshot.calls()).isEmpty();
        assertThat(snapshot.recent()).isEmpty();
        assertThat(snapshot.waiting()).allSatisfy(queue -> assertThat(queue.waiting()).isZero());
        // Today's windows are opened afterwards, with their clerks, as in a demo hall without a past.
        assertThat(windows.windows("demo")).filteredOn(w -> w.number() <= 6)
                .allSatisfy(w -> assertThat(w.clerkId()).isNotNull());
    }

    @Test
    void thePastHasTransfersRequeuesCancellationsGreenChannelFollowUpsComplaintsAndQuestions() {
        assertThat(events(HallEvent.TICKET_TRANSFERRED)).isPositive();
        assertThat(events(HallEvent.TICKET_REQUEUED)).isPositive();
        assertThat(events(HallEvent.TICKET_RECALLED)).isPositive();
        assertThat(events(HallEvent.WINDOW_PAUSED)).as("lunch breaks").isGreaterThanOrEqualTo(PLAYED.size() * 6L);
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE hall_code = 'demo' AND status = 'CANCELLED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE hall_code = 'demo' AND priority = 'GREEN_CHANNEL'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM follow_up WHERE hall_code = 'demo' AND rating_id IS NOT NULL"))
                .isBetween(3L, 60L);
        assertThat(count("SELECT COUNT(*) FROM follow_up WHERE hall_code = 'demo' AND status = 'ANSWERED'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM feedback WHERE hall_code = 'demo' AND kind = 'COMPLAINT'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM consultation WHERE hall_code = 'demo'")).isPositive();
        // Property transfers take longer at the window than invoices.
        HallReport week = reports.report("demo", HallReport.Period.WEEK, LocalDate.of(2026, 10, 12));
        assertThat(meanService(week, "property-transfer")).isGreaterThan(meanService(week, "invoice") * 2);
    }

    @Test
    void noOtherThreadSawThePlayedTime() {
        assertThat(fixedToday.reads.get()).isPositive();
        assertThat(fixedToday.seenElsewhere).containsOnly(TODAY);
    }

    @Test
    void aRestartDoesNotPlayThePastAgain() {
        long tickets = count("SELECT COUNT(*) FROM ticket");
        seeder.stop();
        seeder.start();
        assertThat(count("SELECT COUNT(*) FROM ticket")).isEqualTo(tickets);
    }

    @Test
    void theSameSeedPlaysTheSamePast() {
        // Clerks sit at one window at a time: today's demo clerks leave their windows for the second play.
        windows.windows("demo").stream().filter(w -> w.clerkId() != null).map(ServiceWindow::id).forEach(windows::close);
        seeder.seedHall("demo-again");
        // Each day is played from its own visitors and ends with every window closed: any of them plays alike.
        List<LocalDate> lastTwo = PLAYED.subList(PLAYED.size() - 2, PLAYED.size());
        history.play("demo-again", lastTwo, properties.historySeed());
        assertThat(fingerprint("demo-again", lastTwo.getFirst())).isEqualTo(fingerprint("demo", lastTwo.getFirst()))
                .hasSizeGreaterThan(250);
        seeder.seedHall("demo-other-seed");
        history.play("demo-other-seed", lastTwo, properties.historySeed() + 1);
        assertThat(fingerprint("demo-other-seed", lastTwo.getFirst())).isNotEqualTo(fingerprint("demo", lastTwo.getFirst()));
    }

    /** What each ticket of the hall from {@code from} on was and what became of it, in order. */
    private List<String> fingerprint(String hall, LocalDate from) {
        return jdbc.sql("""
                SELECT CONCAT_WS('|', t.service_day, t.number, t.service_code, t.status, t.priority, t.channel,
                    t.issued_at, t.called_at, t.started_at, t.ended_at, w.number, r.level)
                FROM ticket t LEFT JOIN service_window w ON w.id = t.window_id LEFT JOIN rating r ON r.ticket_id = t.id
                WHERE t.hall_code = ? AND t.service_day >= ? ORDER BY t.service_day, t.issued_at, t.number""")
                .params(hall, from).query(String.class).list();
    }

    private static long meanService(HallReport report, String service) {
        return report.services().stream().filter(l -> l.key().equals(service)).findFirst().orElseThrow()
                .figures().meanService().toSeconds();
    }

    private long events(String type) {
        return jdbc.sql("SELECT COUNT(*) FROM hall_event WHERE hall_code = 'demo' AND type = ?").param(type)
                .query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
