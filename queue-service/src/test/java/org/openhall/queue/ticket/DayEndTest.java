package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Yesterday's queue is closed once the hall's new service day begins, and today's is left alone. */
@QueueServiceTest
class DayEndTest extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    DayEnd dayEnd;

    @Autowired
    JdbcClient jdbc;

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    private TicketView issue(String hall, String service) {
        return api.issueTicket(hall, new IssueTicketRequest(service, null, Priority.NORMAL),
                UUID.randomUUID().toString());
    }

    @Test
    void yesterdaysWaitingTicketsAreCancelledItsCalledOnesMarkedNoShowAndVisitsInProgressLeftToTheirClerk() {
        String hall = halls.create("A", "B");
        long w1 = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long w2 = halls.openWindow(hall, 2, Map.of("a", 1.0));
        long w3 = halls.openWindow(hall, 3, Map.of("b", 1.0));
        clock.set(at(MONDAY, "16:50"));
        TicketView serving = issue(hall, "a");
        TicketView called = issue(hall, "a");
        TicketView transferred = issue(hall, "b");
        TicketView waiting = issue(hall, "a");
        TicketView done = issue(hall, "b");
        api.call(w1, new CallTicketRequest(serving.id()));
        api.start(serving.id());
        api.call(w2, new CallTicketRequest(called.id()));
        api.call(w3, new CallTicketRequest(done.id()));
        api.start(done.id());
        api.complete(done.id());
        api.call(w3, new CallTicketRequest(transferred.id()));
        api.transfer(transferred.id(), TransferRequest.toService("a"));

        clock.set(at(MONDAY, "23:59:59"));
        assertThat(dayEnd.closeEarlierDays()).as("the day is not over").isZero();

        clock.set(at(MONDAY.plusDays(1), "00:00:30"));
        TicketView today = issue(hall, "a");
        assertThat(today.number()).isEqualTo(waiting.number().substring(0, 1) + "001");
        long lastEvent = lastEvent(hall);
        assertThat(dayEnd.closeEarlierDays()).isEqualTo(3);

        assertThat(api.ticket(waiting.id()).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(api.ticket(transferred.id()).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(api.ticket(called.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(api.ticket(serving.id()).status()).isEqualTo(TicketStatus.SERVING);
        assertThat(api.ticket(done.id()).status()).isEqualTo(TicketStatus.DONE);
        assertThat(api.ticket(today.id()).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(api.ticket(today.id()).position()).isZero();
        // Boards and consoles learn it from the event log, like any clerk's action.
        assertThat(jdbc.sql("SELECT type FROM hall_event WHERE hall_code = ? AND id > ? ORDER BY id")
                .params(hall, lastEvent).query(String.class).list())
                .containsExactlyInAnyOrder(HallEvent.TICKET_CANCELLED, HallEvent.TICKET_CANCELLED,
                        HallEvent.TICKET_NO_SHOW);

        assertThat(dayEnd.closeEarlierDays()).as("a second run finds nothing").isZero();
        assertThat(lastEvent(hall)).isEqualTo(lastEvent + 3);

        // The hall's waiting line is today's only: the next call is today's ticket, not yesterday's.
        assertThat(api.snapshot(hall).waiting()).extracting(q -> q.service() + "=" + q.waiting())
                .containsExactlyInAnyOrder("a=1", "b=0");
        assertThat(api.callNext(w2).orElseThrow().id()).isEqualTo(today.id());
    }

    private long lastEvent(String hall) {
        return jdbc.sql("SELECT last_id FROM hall_event_sequence WHERE hall_code = ?").param(hall)
                .query(Long.class).single();
    }
}
