package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowState;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

@QueueServiceTest
class TicketLifecycleTest extends ApiTestBase {

    @Autowired
    EventLog events;

    private TicketView issue(String hall, String service) {
        return api.issueTicket(hall, IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
    }

    @Test
    void aVisitFromIssueToDoneIsRecordedAsEventsInOrder() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long before = events.lastId(hall);

        TicketView issued = issue(hall, "a");
        assertThat(issued.number()).isEqualTo("A001");
        assertThat(issued.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(issued.position()).isZero();
        assertThat(issued.statusUrl()).endsWith("/t/" + issued.id());

        TicketView called = api.callNext(window).orElseThrow();
        assertThat(called.id()).isEqualTo(issued.id());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.windowNumber()).isEqualTo(1);
        assertThat(api.recall(issued.id()).callCount()).isEqualTo(2);
        assertThat(api.start(issued.id()).status()).isEqualTo(TicketStatus.SERVING);
        TicketView done = api.complete(issued.id());
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.endedAt()).isNotNull();

        assertThat(events.after(hall, before, 100)).extracting(HallEvent::type).containsExactly(
                HallEvent.TICKET_ISSUED, HallEvent.TICKET_CALLED, HallEvent.TICKET_RECALLED,
                HallEvent.TICKET_STARTED, HallEvent.TICKET_COMPLETED);
        assertThat(api.callNext(window)).isEmpty();
    }

    @Test
    void peopleAheadCountsTheTicketsBeforeYouInYourService() {
        String hall = halls.create("A", "B");
        issue(hall, "a");
        issue(hall, "b");
        issue(hall, "a");
        TicketView fourth = issue(hall, "a");
        assertThat(fourth.number()).isEqualTo("A003");
        assertThat(fourth.position()).isEqualTo(2);
        assertThat(api.ticket(fourth.id()).position()).isEqualTo(2);
    }

    @Test
    void aNoShowCanBeRequeuedAndCalledAgainWithItsNumber() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        TicketView ticket = issue(hall, "a");
        api.callNext(window);
        assertThat(api.noShow(ticket.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(api.requeue(ticket.id()).status()).isEqualTo(TicketStatus.WAITING);
        TicketView again = api.callNext(window).orElseThrow();
        assertThat(again.number()).isEqualTo(ticket.number());
        assertThat(again.callCount()).isEqualTo(2);
    }

    @Test
    void aTransferToAServiceKeepsNumberAndPriorityAndGoesToThatQueue() {
        String hall = halls.create("A", "B");
        long windowA = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long windowB = halls.openWindow(hall, 2, Map.of("b", 1.0));
        TicketView ticket = api.issueTicket(hall, new IssueTicketRequest("a", null, Priority.GREEN_CHANNEL), "k-" + UUID.randomUUID());
        assertThat(ticket.holder()).as("a walk-in carries no name").isNull();
        api.callNext(windowA);
        api.start(ticket.id());

        TicketView transferred = api.transfer(ticket.id(), new TransferRequest("b", null, "needs social insurance too"));
        assertThat(transferred.status()).isEqualTo(TicketStatus.TRANSFERRED);
        assertThat(transferred.service()).isEqualTo("b");
        assertThat(transferred.number()).isEqualTo(ticket.number());
        assertThat(transferred.priority()).isEqualTo(Priority.GREEN_CHANNEL);
        assertThat(api.callNext(windowA)).isEmpty();
        assertThat(api.callNext(windowB).orElseThrow().id()).isEqualTo(ticket.id());
    }

    @Test
    void aTicketTransferredToAWindowIsCalledOnlyThere() {
        String hall = halls.create("A");
        long first = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long second = halls.openWindow(hall, 2, Map.of("a", 1.0));
        long third = halls.openWindow(hall, 3, Map.of("a", 1.0));
        TicketView ticket = issue(hall, "a");
        api.callNext(first);
        api.transfer(ticket.id(), TransferRequest.toWindow(third));
        assertThat(api.callNext(second)).isEmpty();
        assertThatThrownBy(() -> api.call(second, new CallTicketRequest(ticket.id())))
                .isInstanceOfSatisfying(QueueApiException.class, e -> assertThat(e.code()).isEqualTo("ticket-reserved"));
        assertThat(api.callNext(third).orElseThrow().id()).isEqualTo(ticket.id());
    }

    @Test
    void aWindowCanCallASpecificTicketOutOfOrder() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        issue(hall, "a");
        TicketView second = issue(hall, "a");
        TicketView called = api.call(window, new CallTicketRequest(second.id()));
        assertThat(called.number()).isEqualTo("A002");
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void aWaitingTicketCanBeCancelledAndIsNotCalledAfterwards() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        TicketView ticket = issue(hall, "a");
        assertThat(api.cancel(ticket.id()).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(api.callNext(window)).isEmpty();
    }

    @Test
    void aPausedWindowSaysWhyAndCallsNobodyUntilReopened() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        issue(hall, "a");
        var paused = api.pauseWindow(window, "午休 Lunch break");
        assertThat(paused.state()).isEqualTo(WindowState.PAUSED);
        assertThat(paused.pauseReason()).isEqualTo("午休 Lunch break");
        assertThatThrownBy(() -> api.callNext(window))
                .isInstanceOfSatisfying(QueueApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("window-not-open");
                });
        api.openWindow(window);
        assertThat(api.callNext(window)).isPresent();
    }

    @Test
    void aWindowHoldingAVisitorCannotCallTheNextOrClose() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        issue(hall, "a");
        issue(hall, "a");
        api.callNext(window);
        assertThatThrownBy(() -> api.callNext(window))
                .isInstanceOfSatisfying(QueueApiException.class, e -> assertThat(e.code()).isEqualTo("window-busy"));
        assertThatThrownBy(() -> api.closeWindow(window))
                .isInstanceOfSatisfying(QueueApiException.class, e -> assertThat(e.code()).isEqualTo("window-busy"));
    }

    @Test
    void snapshotShowsCallsWaitingAndWindowsWithItsLastEventId() {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 7, Map.of("a", 1.0));
        issue(hall, "a");
        issue(hall, "b");
        issue(hall, "b");
        TicketView called = api.callNext(window).orElseThrow();

        var snapshot = api.snapshot(hall);
        assertThat(snapshot.lastEventId()).isEqualTo(events.lastId(hall));
        assertThat(snapshot.calls()).extracting(TicketView::number).containsExactly(called.number());
        assertThat(snapshot.calls().getFirst().windowNumber()).isEqualTo(7);
        assertThat(snapshot.waiting()).extracting(q -> q.service() + "=" + q.waiting()).containsExactly("a=0", "b=2");
        assertThat(snapshot.windows()).singleElement().satisfies(w -> assertThat(w.state()).isEqualTo(WindowState.OPEN));
    }
}
