package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.checkin.CheckIns;
import org.openhall.queue.checkin.PortalNotices;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A ticket put back in a queue, or issued with any priority, gets its wait estimate from a play of the hall
 * made once its write has committed: while that play runs, the hall takes other writes.
 */
@QueueServiceTest
class WaitsAfterTheWriteTest extends ApiTestBase {

    private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

    @MockitoSpyBean
    HallWaits waits;

    @Autowired
    HallTransactions transactions;

    @Autowired
    EventLog events;

    @Autowired
    TicketDesk desk;

    @Autowired
    CheckIns checkIns;

    /** For every play of the hall's queue: whether it ran inside a transaction. */
    private final List<Boolean> playsInATransaction = Collections.synchronizedList(new ArrayList<>());

    /** For every play made after a write: the hall's last event that another write committed during it. */
    private final List<Long> committedDuringThePlay = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void watchThePlays() {
        doAnswer(play -> {
            playsInATransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return play.callRealMethod();
        }).when(waits).covering(anyString(), anyString(), any());
        doAnswer(play -> {
            playsInATransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            String hall = play.getArgument(0);
            // Were the action's write still open, it would hold the hall and this write would wait for it.
            try (ExecutorService other = Executors.newSingleThreadExecutor()) {
                committedDuringThePlay.add(other.submit(() -> transactions.write(hall, () -> events.lastId(hall)))
                        .get(30, TimeUnit.SECONDS));
            }
            return play.callRealMethod();
        }).when(waits).afterWrite(anyString(), anyLong(), any());
    }

    @Test
    void requeuesAndTransfersPlayTheirEstimateOutsideTheHallsWrite() {
        clock.set(NINE);
        String hall = halls.create("A", "B");
        long one = halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        long two = halls.openWindow(hall, 2, Map.of("a", 1.0, "b", 1.0));
        for (int i = 0; i < 8; i++) {
            api.issueTicket(hall, IssueTicketRequest.walkIn(i % 2 == 0 ? "a" : "b"), UUID.randomUUID().toString());
        }
        playsInATransaction.clear();
        committedDuringThePlay.clear();

        TicketView missed = api.callNext(one).orElseThrow();
        api.noShow(missed.id());
        TicketView requeued = api.requeue(missed.id());
        TicketView served = api.callNext(two).orElseThrow();
        api.start(served.id());
        TicketView transferred = api.transfer(served.id(), TransferRequest.toWindow(one));
        TicketView again = api.callNext(one).orElseThrow();
        api.noShow(again.id());
        TicketView requeuedAtTheDesk = desk.requeue(again.id());

        assertThat(List.of(requeued, transferred, requeuedAtTheDesk))
                .allSatisfy(ticket -> assertThat(ticket.estimatedWait()).isNotNull());
        assertThat(committedDuringThePlay).hasSize(3);
        assertThat(playsInATransaction).isNotEmpty().containsOnly(false);
    }

    @Test
    void anIssuedTicketPlaysItsEstimateOutsideTheHallsWrite() {
        clock.set(NINE);
        String hall = halls.create("A");
        halls.openWindow(hall, 1, Map.of("a", 1.0));
        api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        committedDuringThePlay.clear();

        TicketView issued = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());

        assertThat(issued.estimatedWait()).isNotNull();
        assertThat(committedDuringThePlay).hasSize(1);
    }

    @Test
    void greenChannelAppointmentAndUnforeseenIssuesPlayNoEstimateInsideTheHallsWrite() {
        clock.set(NINE);
        String hall = halls.create("A");
        halls.openWindow(hall, 1, Map.of("a", 1.0));
        for (int i = 0; i < 3; i++) {
            api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        }
        String code = checkIns.receive(new PortalNotices.Appointment("WA-1-" + hall, hall, "a", "11010519491231002X",
                "测试用户乙", NINE.plus(Duration.ofMinutes(10)), NINE.plus(Duration.ofMinutes(40))), null)
                .receipt().qrPayload();
        playsInATransaction.clear();
        committedDuringThePlay.clear();

        // Each goes ahead of newcomers, or finds no play of the hall fresh enough to lend it an estimate.
        TicketView green = api.issueTicket(hall, new IssueTicketRequest("a", null, Priority.GREEN_CHANNEL),
                UUID.randomUUID().toString());
        TicketView appointment = api.checkIn(hall, new CheckInRequest(code), UUID.randomUUID().toString());
        clock.advance(Duration.ofSeconds(45));
        TicketView unforeseen = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());

        assertThat(List.of(green, appointment, unforeseen))
                .allSatisfy(ticket -> assertThat(ticket.estimatedWait()).isNotNull());
        assertThat(appointment.priority()).isEqualTo(Priority.APPOINTMENT);
        assertThat(committedDuringThePlay).hasSize(3);
        assertThat(playsInATransaction).isNotEmpty().containsOnly(false);
    }
}
