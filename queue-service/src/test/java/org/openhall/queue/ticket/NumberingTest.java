package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;

@QueueServiceTest
class NumberingTest extends ApiTestBase {

    @Test
    void fiftyConcurrentIssuesGetConsecutiveUniqueNumbers() throws Exception {
        String hall = halls.create("A");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TicketView>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < 50; i++) {
                String key = "concurrent-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return api.issueTicket(hall, IssueTicketRequest.walkIn("a"), key);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<TicketView> result : results) {
                numbers.add(result.get().number());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 50).mapToObj(n -> String.format("A%03d", n)).toList());
        }
    }

    @Test
    void numbersRestartAtLocalMidnightInShanghaiNotAtUtcMidnight() {
        String hall = halls.create("A");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        clock.set(LocalDateTime.parse("2026-11-26T23:58:00").atZone(shanghai).toInstant());
        assertThat(issue(hall).number()).isEqualTo("A001");
        assertThat(issue(hall).number()).isEqualTo("A002");

        clock.set(LocalDateTime.parse("2026-11-27T00:00:00").atZone(shanghai).toInstant());
        TicketView nextDay = issue(hall);
        assertThat(nextDay.number()).isEqualTo("A001");
        assertThat(nextDay.serviceDay()).isEqualTo(LocalDate.of(2026, 11, 27));

        // 00:00 UTC is 08:00 in Shanghai, the same service day: numbering goes on.
        clock.set(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(issue(hall).number()).isEqualTo("A002");
    }

    @Test
    void numberingFollowsTheLocalDayAcrossDaylightSavingChanges() {
        ZoneId newYork = ZoneId.of("America/New_York");
        String hall = halls.create(newYork, LocalTime.MIDNIGHT, "weighted", "A");
        // The night the clocks go back, 01:30 happens twice: both belong to 2026-11-01.
        clock.set(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(issue(hall).number()).isEqualTo("A001");
        clock.set(Instant.parse("2026-11-01T06:30:00Z"));
        assertThat(issue(hall).number()).isEqualTo("A002");
        // 23 hours after the previous midnight, still the same day; at local midnight a new one.
        clock.set(LocalDateTime.parse("2026-11-01T23:59:00").atZone(newYork).toInstant());
        assertThat(issue(hall).number()).isEqualTo("A003");
        clock.set(LocalDateTime.parse("2026-11-02T00:00:00").atZone(newYork).toInstant());
        assertThat(issue(hall).serviceDay()).isEqualTo(LocalDate.of(2026, 11, 2));

        // The night the clocks go forward the day is 23 hours long and still restarts once.
        clock.set(LocalDateTime.parse("2026-03-08T03:30:00").atZone(newYork).toInstant());
        TicketView spring = issue(hall);
        assertThat(spring.number()).isEqualTo("A001");
        assertThat(spring.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void aDailyQuotaRefusesTheTicketAfterTheLastAndChangesNothing() {
        String hall = halls.createWithQuota("D", 2);
        issue(hall, "d");
        issue(hall, "d");
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.openhall.client.QueueApiException.class, () -> issue(hall, "d"));
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.code()).isEqualTo("quota-reached");
        assertThat(api.snapshot(hall).waiting().getFirst().waiting()).isEqualTo(2);
    }

    @Test
    void aHallThatEnforcesOpeningHoursRefusesTicketsWhenClosed() {
        String hall = halls.createWithOpeningHours("A");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        clock.set(LocalDateTime.parse("2026-11-28T10:00:00").atZone(shanghai).toInstant()); // a Saturday
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.openhall.client.QueueApiException.class, () -> issue(hall));
        assertThat(refusal.code()).isEqualTo("hall-closed");
        clock.set(LocalDateTime.parse("2026-11-27T10:00:00").atZone(shanghai).toInstant()); // a Friday
        assertThat(issue(hall).number()).isEqualTo("A001");
    }

    private TicketView issue(String hall) {
        return issue(hall, "a");
    }

    private TicketView issue(String hall, String service) {
        return api.issueTicket(hall, IssueTicketRequest.walkIn(service), java.util.UUID.randomUUID().toString());
    }
}
