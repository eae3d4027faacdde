package org.openhall.board.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openhall.board.Tickets.INSURANCE;
import static org.openhall.board.Tickets.INSURANCE_NAME;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.hall;
import static org.openhall.board.Tickets.in;
import static org.openhall.board.Tickets.recalled;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.transferredTo;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.board.Tickets.window;
import static org.openhall.client.api.HallEvent.TICKET_CALLED;
import static org.openhall.client.api.HallEvent.TICKET_CANCELLED;
import static org.openhall.client.api.HallEvent.TICKET_COMPLETED;
import static org.openhall.client.api.HallEvent.TICKET_ISSUED;
import static org.openhall.client.api.HallEvent.TICKET_NO_SHOW;
import static org.openhall.client.api.HallEvent.TICKET_RECALLED;
import static org.openhall.client.api.HallEvent.TICKET_REQUEUED;
import static org.openhall.client.api.HallEvent.TICKET_STARTED;
import static org.openhall.client.api.HallEvent.TICKET_TRANSFERRED;
import static org.openhall.client.api.HallEvent.WINDOW_PAUSED;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openhall.board.Tickets;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;

class BoardReducerTest {

    private static final String HALL = "demo";

    private final BoardReducer reducer = new BoardReducer(5);

    /** An empty hall, loaded at event 100. */
    private final BoardState empty = reducer.load(BoardState.initial(HALL, NINE_AM),
            snapshot(HALL, 100, List.of(), List.of(), 0, 0), hall(HALL));

    @Test
    void showsTheSnapshotsCallsLastCallsWaitingCountsAndWindows() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 3, NINE_AM);
        TicketView b1 = in(calledTo(waiting(HALL, "B001"), 1, NINE_AM.minusSeconds(60)), TicketStatus.SERVING);
        var snapshot = snapshot(HALL, 40, List.of(a1, b1), List.of(a1, b1), 5, 2);

        BoardState state = reducer.load(BoardState.initial(HALL, NINE_AM), snapshot, hall(HALL));

        assertThat(state.loaded()).isTrue();
        assertThat(state.lastEventId()).isEqualTo(40);
        assertThat(state.hallName().zh()).isEqualTo("市民中心政务服务大厅");
        assertThat(state.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(calls(state)).containsExactly("A001@3 CALLED x1", "B001@1 SERVING x1");
        assertThat(recent(state)).containsExactly("A001@3", "B001@1");
        assertThat(waitingCounts(state)).containsExactly(Map.entry("A", 5), Map.entry("B", 2));
        assertThat(state.windows()).extracting(WindowView::number).containsExactly(1, 3, 7);
    }

    @Test
    void aSnapshotKeepsTheConnectionStatusItFinds() {
        BoardState lost = BoardState.initial(HALL, NINE_AM).withStatus(FeedStatus.LOST, NINE_AM);

        BoardState state = reducer.load(lost, snapshot(HALL, 1, List.of(), List.of(), 0, 0), null);

        assertThat(state.status()).isEqualTo(FeedStatus.LOST);
        assertThat(state.hallName().zh()).isEmpty();
        assertThat(state.zone()).isNull();
    }

    @Test
    void anIssuedTicketWaitsForItsService() {
        BoardState state = reducer.apply(empty, event(101, TICKET_ISSUED, waiting(HALL, "A001")));

        assertThat(waitingCounts(state)).containsEntry("A", 1).containsEntry("B", 0);
        assertThat(state.calls()).isEmpty();
        assertThat(state.lastEventId()).isEqualTo(101);
    }

    @Test
    void aServiceShowsTheSnapshotsWaitEstimateThenTheOneOfItsLastIssuedTicket() {
        var snapshot = new HallSnapshot(HALL, 100, NINE_AM, List.of(), List.of(),
                List.of(new HallSnapshot.ServiceQueue(Tickets.LICENCE, "A", Tickets.LICENCE_NAME, 2, null,
                        Duration.ofMinutes(12))),
                List.of());
        BoardState loaded = reducer.load(BoardState.initial(HALL, NINE_AM), snapshot, hall(HALL));
        assertThat(loaded.waiting().getFirst().estimatedWait()).isEqualTo(Duration.ofMinutes(12));

        BoardState issued = reducer.apply(loaded, event(101, TICKET_ISSUED, waiting(HALL, "A003")));
        assertThat(issued.waiting().getFirst().estimatedWait()).as("the issued ticket's own estimate")
                .isEqualTo(Duration.ofMinutes(5));

        BoardState called = reducer.apply(issued, event(102, TICKET_CALLED, calledTo(waiting(HALL, "A001"), 3, NINE_AM)));
        assertThat(called.waiting().getFirst().estimatedWait()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aTicketThatGoesAheadOfNewcomersDoesNotChangeTheirEstimate() {
        var snapshot = new HallSnapshot(HALL, 100, NINE_AM, List.of(), List.of(),
                List.of(new HallSnapshot.ServiceQueue(Tickets.LICENCE, "A", Tickets.LICENCE_NAME, 9, null,
                        Duration.ofMinutes(40))),
                List.of());
        BoardState state = reducer.load(BoardState.initial(HALL, NINE_AM), snapshot, hall(HALL));
        TicketView plain = waiting(HALL, "A010");
        TicketView green = new TicketView(plain.id() + "g", HALL, "A011", plain.serviceDay(), plain.service(),
                plain.serviceName(), Channel.WALK_IN, Priority.GREEN_CHANNEL, TicketStatus.WAITING, 0,
                Duration.ofMinutes(2), plain.statusUrl(), NINE_AM, null, null, null, null, null, null, 0, null);
        TicketView booked = new TicketView(plain.id() + "b", HALL, "A012", plain.serviceDay(), plain.service(),
                plain.serviceName(), Channel.APPOINTMENT, Priority.NORMAL, TicketStatus.WAITING, 1,
                Duration.ofMinutes(3), plain.statusUrl(), NINE_AM, null, null, null, null, null, null, 0, null);
        TicketView targeted = new TicketView(plain.id() + "t", HALL, "A013", plain.serviceDay(), plain.service(),
                plain.serviceName(), Channel.STAFF, Priority.NORMAL, TicketStatus.WAITING, 0,
                Duration.ofMinutes(1), plain.statusUrl(), NINE_AM, null, null, null, null, null, 4L, 0, null);

        long id = 101;
        for (TicketView ahead : List.of(green, booked, targeted)) {
            state = reducer.apply(state, event(id++, TICKET_ISSUED, ahead));
            assertThat(state.waiting().getFirst().estimatedWait()).as(ahead.number()).isEqualTo(Duration.ofMinutes(40));
        }
        assertThat(state.waiting().getFirst().count()).as("they still count as waiting").isEqualTo(12);

        state = reducer.apply(state, event(id, TICKET_ISSUED, plain));
        assertThat(state.waiting().getFirst().estimatedWait()).as("a plain newcomer's own estimate")
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aCalledTicketLeavesItsQueueAndShowsAtItsWindow() {
        TicketView a1 = waiting(HALL, "A001");

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_ISSUED, a1),
                event(102, TICKET_CALLED, calledTo(a1, 5, NINE_AM.plusSeconds(102)))));

        assertThat(calls(state)).containsExactly("A001@5 CALLED x1");
        assertThat(recent(state)).containsExactly("A001@5");
        assertThat(waitingCounts(state)).containsEntry("A", 0);
    }

    @Test
    void callingATicketThatWaitedAtTheSnapshotLowersTheSnapshotsCount() {
        BoardState loaded = reducer.load(BoardState.initial(HALL, NINE_AM),
                snapshot(HALL, 100, List.of(), List.of(), 3, 0), null);

        BoardState state = reducer.apply(loaded,
                event(101, TICKET_CALLED, calledTo(waiting(HALL, "A001"), 5, NINE_AM)));

        assertThat(waitingCounts(state)).containsEntry("A", 2);
    }

    @Test
    void aRecallCountsTheCallAgainAndMovesTheTicketToTheTopOfTheLastCalls() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 5, NINE_AM);
        TicketView a2 = calledTo(waiting(HALL, "A002"), 6, NINE_AM.plusSeconds(30));

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, a1),
                event(102, TICKET_CALLED, a2),
                event(103, TICKET_RECALLED, recalled(a1, NINE_AM.plusSeconds(60)))));

        assertThat(calls(state)).containsExactly("A001@5 CALLED x2", "A002@6 CALLED x1");
        assertThat(recent(state)).containsExactly("A001@5", "A002@6");
    }

    @Test
    void startingTheServiceKeepsTheTicketAtItsWindowBehindTheOpenCalls() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 5, NINE_AM);
        TicketView a2 = calledTo(waiting(HALL, "A002"), 6, NINE_AM.minusSeconds(30));

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, a2),
                event(102, TICKET_CALLED, a1),
                event(103, TICKET_STARTED, in(a1, TicketStatus.SERVING))));

        assertThat(calls(state)).containsExactly("A002@6 CALLED x1", "A001@5 SERVING x1");
    }

    @Test
    void completingAVisitFreesTheWindowButKeepsItInTheLastCalls() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 5, NINE_AM);

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, a1),
                event(102, TICKET_STARTED, in(a1, TicketStatus.SERVING)),
                event(103, TICKET_COMPLETED, in(a1, TicketStatus.DONE))));

        assertThat(state.calls()).isEmpty();
        assertThat(recent(state)).containsExactly("A001@5");
    }

    @Test
    void aNoShowFreesTheWindowAndARequeuedTicketWaitsAgain() {
        TicketView a1 = waiting(HALL, "A001");
        TicketView called = calledTo(a1, 5, NINE_AM);

        BoardState noShow = reducer.applyAll(empty, List.of(
                event(101, TICKET_ISSUED, a1),
                event(102, TICKET_CALLED, called),
                event(103, TICKET_NO_SHOW, in(called, TicketStatus.NO_SHOW))));
        BoardState requeued = reducer.apply(noShow, event(104, TICKET_REQUEUED, in(called, TicketStatus.WAITING)));

        assertThat(noShow.calls()).isEmpty();
        assertThat(waitingCounts(noShow)).containsEntry("A", 0);
        assertThat(waitingCounts(requeued)).containsEntry("A", 1);
    }

    @Test
    void aTransferFreesTheWindowAndQueuesTheTicketForTheTargetService() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 5, NINE_AM);

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, a1),
                event(102, TICKET_STARTED, in(a1, TicketStatus.SERVING)),
                event(103, TICKET_TRANSFERRED, transferredTo(in(a1, TicketStatus.SERVING), INSURANCE, INSURANCE_NAME))));

        assertThat(state.calls()).isEmpty();
        assertThat(waitingCounts(state)).containsEntry("A", 0).containsEntry("B", 1);
    }

    @Test
    void aTransferredTicketCalledAtItsNewWindowLeavesTheTargetQueue() {
        TicketView a1 = in(calledTo(waiting(HALL, "A001"), 5, NINE_AM), TicketStatus.SERVING);
        TicketView moved = transferredTo(a1, INSURANCE, INSURANCE_NAME);

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_TRANSFERRED, moved),
                event(102, TICKET_CALLED, calledTo(moved, 1, NINE_AM.plusSeconds(300)))));

        assertThat(calls(state)).containsExactly("A001@1 CALLED x2");
        assertThat(waitingCounts(state)).containsEntry("B", 0);
    }

    @Test
    void aCancelledTicketLeavesItsQueue() {
        TicketView a1 = waiting(HALL, "A001");

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_ISSUED, a1),
                event(102, TICKET_ISSUED, waiting(HALL, "A002")),
                event(103, TICKET_CANCELLED, in(a1, TicketStatus.CANCELLED))));

        assertThat(waitingCounts(state)).containsEntry("A", 1);
    }

    @Test
    void aNewCallAtAWindowReplacesTheTicketItHeld() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 5, NINE_AM);

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, a1),
                event(102, TICKET_CALLED, calledTo(waiting(HALL, "A002"), 5, NINE_AM.plusSeconds(60)))));

        assertThat(calls(state)).containsExactly("A002@5 CALLED x1");
    }

    @Test
    void aRepeatedEventChangesNothing() {
        HallEvent issued = event(101, TICKET_ISSUED, waiting(HALL, "A001"));
        BoardState once = reducer.apply(empty, issued);

        BoardState twice = reducer.apply(once, issued);

        assertThat(twice).isSameAs(once);
        assertThat(waitingCounts(twice)).containsEntry("A", 1);
    }

    @Test
    void anEventOlderThanTheStateChangesNothing() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 5, NINE_AM);
        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, a1),
                event(102, TICKET_COMPLETED, in(a1, TicketStatus.DONE))));

        BoardState late = reducer.apply(state, event(101, TICKET_CALLED, a1));

        assertThat(late).isSameAs(state);
        assertThat(late.calls()).isEmpty();
    }

    @Test
    void eventsTheSnapshotAlreadyIncludesAreIgnored() {
        BoardState state = reducer.apply(empty, event(100, TICKET_ISSUED, waiting(HALL, "A001")));

        assertThat(state).isSameAs(empty);
    }

    @Test
    void aTicketIssuedTwiceUnderDifferentEventIdsWaitsOnce() {
        TicketView a1 = waiting(HALL, "A001");

        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_ISSUED, a1),
                event(102, TICKET_REQUEUED, a1)));

        assertThat(waitingCounts(state)).containsEntry("A", 1);
    }

    @Test
    void aWaitingCountNeverGoesBelowZero() {
        BoardState state = reducer.applyAll(empty, List.of(
                event(101, TICKET_CALLED, calledTo(waiting(HALL, "A001"), 5, NINE_AM)),
                event(102, TICKET_CANCELLED, in(waiting(HALL, "A002"), TicketStatus.CANCELLED))));

        assertThat(waitingCounts(state)).containsEntry("A", 0);
    }

    @Test
    void keepsOnlyTheNewestLastCalls() {
        List<HallEvent> events = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            events.add(event(100 + i, TICKET_CALLED,
                    calledTo(waiting(HALL, "A00" + i), i, NINE_AM.plusSeconds(i))));
        }

        BoardState state = reducer.applyAll(empty, events);

        assertThat(recent(state)).containsExactly("A007@7", "A006@6", "A005@5", "A004@4", "A003@3");
    }

    @Test
    void aWindowEventUpdatesThatWindowOnly() {
        BoardState state = reducer.apply(empty, event(101, WINDOW_PAUSED, window(HALL, 3, WindowState.PAUSED)));

        assertThat(state.windows()).extracting(WindowView::number, WindowView::state).containsExactly(
                tuple(1, WindowState.OPEN),
                tuple(3, WindowState.PAUSED),
                tuple(7, WindowState.OPEN));
    }

    @Test
    void aTicketOfAServiceTheSnapshotDidNotListGetsItsOwnQueue() {
        TicketView c1 = transferredTo(waiting(HALL, "C001"), "tax", LocalizedText.of("税务", "Tax"));

        BoardState state = reducer.apply(empty, event(101, TICKET_ISSUED, in(c1, TicketStatus.WAITING)));

        assertThat(waitingCounts(state)).containsExactly(Map.entry("A", 0), Map.entry("B", 0), Map.entry("C", 1));
    }

    @Test
    void anEventOfAnotherHallIsIgnored() {
        BoardState state = reducer.apply(empty, event(101, TICKET_ISSUED, waiting("elsewhere", "A001")));

        assertThat(state).isSameAs(empty);
    }

    @Test
    void anUnknownEventTypeOnlyAdvancesTheLastEventId() {
        BoardState state = reducer.apply(empty,
                new HallEvent(101, "hall-renamed", HALL, NINE_AM, null, null));

        assertThat(state.lastEventId()).isEqualTo(101);
        assertThat(state.calls()).isEqualTo(empty.calls());
        assertThat(state.waiting()).isEqualTo(empty.waiting());
    }

    private static List<String> calls(BoardState state) {
        return state.calls().stream()
                .map(c -> c.number() + "@" + c.windowNumber() + " " + c.status() + " x" + c.callCount())
                .toList();
    }

    private static List<String> recent(BoardState state) {
        return state.recent().stream().map(c -> c.number() + "@" + c.windowNumber()).toList();
    }

    private static Map<String, Integer> waitingCounts(BoardState state) {
        return state.waiting().stream().collect(Collectors.toMap(ServiceWaiting::prefix, ServiceWaiting::count,
                (a, b) -> a, LinkedHashMap::new));
    }
}
