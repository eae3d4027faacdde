package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@QueueServiceTest
class IdempotencyTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameIdempotencyKeyTwiceGivesTheSameTicketAndOneRow() {
        String hall = halls.create("A");
        TicketView first = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "kiosk-3-attempt-42");
        TicketView retry = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "kiosk-3-attempt-42");
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.number()).isEqualTo(first.number());
        assertThat(ticketRows(hall)).isEqualTo(1);
        assertThat(api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "kiosk-3-attempt-43").number()).isEqualTo("A002");
    }

    @Test
    void retriesRacingEachOtherStillIssueOneTicket() throws Exception {
        String hall = halls.create("A");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TicketView>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "double-tap");
                }));
            }
            start.countDown();
            for (Future<TicketView> result : results) {
                assertThat(result.get().number()).isEqualTo("A001");
            }
        }
        assertThat(ticketRows(hall)).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefusedAndIssuesNothing() {
        String hall = halls.create("A", "B");
        api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "same-key");
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class,
                () -> api.issueTicket(hall, IssueTicketRequest.walkIn("b"), "same-key"));
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.code()).isEqualTo("idempotency-key-reused");
        assertThat(ticketRows(hall)).isEqualTo(1);
    }

    private long ticketRows(String hall) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = ?").param(hall).query(Long.class).single();
    }
}
