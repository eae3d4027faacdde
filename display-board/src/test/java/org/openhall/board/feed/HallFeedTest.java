package org.openhall.board.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.client.api.HallEvent.TICKET_CALLED;
import static org.openhall.client.api.HallEvent.TICKET_ISSUED;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.FakeHallEventStream.FakeSubscription;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.MutableClock;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.TicketView;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

class HallFeedTest {

    private static final String HALL = "demo";

    private final FakeQueueApi api = new FakeQueueApi();
    private final FakeHallEventStream stream = new FakeHallEventStream();
    private final MutableClock clock = new MutableClock(NINE_AM, ZoneOffset.UTC);
    private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();
    private final FeedSettings settings = new FeedSettings(Set.of(HALL), Duration.ofMillis(20), Duration.ofMillis(80));
    private final HallFeed feed = new HallFeed(HALL, api, stream, new BoardReducer(), clock, scheduler, settings);
    private final List<BoardState> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        feed.close();
        scheduler.close();
    }

    @Test
    void loadsTheSnapshotThenFollowsTheEventsAfterIt() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 3, NINE_AM);
        api.serve(snapshot(HALL, 40, List.of(a1), List.of(a1), 2, 0));

        feed.start();
        FakeSubscription subscription = awaitSubscription();

        assertThat(subscription.startedAfter()).isEqualTo(40);
        assertThat(feed.state().loaded()).isTrue();
        assertThat(feed.state().status()).isEqualTo(FeedStatus.LIVE);
        assertThat(feed.state().hallName().en()).isEqualTo("Civic Centre Service Hall");

        stream.emit(event(41, TICKET_CALLED, calledTo(waiting(HALL, "A002"), 7, NINE_AM.plusSeconds(41))));

        assertThat(feed.state().calls()).extracting(Call::number).containsExactly("A002", "A001");
        assertThat(feed.state().lastEventId()).isEqualTo(41);
    }

    @Test
    void aListenerHearsTheCurrentStateAtOnceThenEveryChangeInOrder() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        feed.addListener(heard::add);
        assertThat(heard).singleElement().satisfies(s -> assertThat(s.loaded()).isFalse());

        feed.start();
        awaitSubscription();
        stream.emit(event(11, TICKET_ISSUED, waiting(HALL, "A001")));
        stream.emit(event(12, TICKET_ISSUED, waiting(HALL, "A002")));

        assertThat(heard).extracting(BoardState::lastEventId).containsExactly(0L, 10L, 11L, 12L);
        assertThat(heard.getLast().waitingTotal()).isEqualTo(2);
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        HallFeed.Registration registration = feed.addListener(heard::add);
        feed.start();
        awaitSubscription();
        int before = heard.size();

        registration.remove();
        stream.emit(event(11, TICKET_ISSUED, waiting(HALL, "A001")));

        assertThat(heard).hasSize(before);
    }

    @Test
    void anEventListenerHearsEachAppliedEventOnceAndNeitherRepeatsNorOtherHalls() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        List<HallEvent> events = new CopyOnWriteArrayList<>();
        HallFeed.Registration registration = feed.addEventListener(events::add);
        feed.start();
        awaitSubscription();

        stream.emit(event(9, TICKET_ISSUED, waiting(HALL, "A000")));
        stream.emit(event(11, TICKET_ISSUED, waiting(HALL, "A001")));
        stream.emit(event(11, TICKET_ISSUED, waiting(HALL, "A001")));
        stream.emit(event(12, TICKET_CALLED, calledTo(waiting(HALL, "A002"), 3, NINE_AM)));
        registration.remove();
        stream.emit(event(13, TICKET_ISSUED, waiting(HALL, "A003")));

        assertThat(events).extracting(HallEvent::id).containsExactly(11L, 12L);
        assertThat(feed.state().lastEventId()).isEqualTo(13);
    }

    @Test
    void aLostStreamShowsAsLostAtOnceAndAsLiveWhenItReturns() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        feed.start();
        awaitSubscription();

        clock.advance(Duration.ofMinutes(5));
        stream.disconnect(HALL);

        assertThat(feed.state().status()).isEqualTo(FeedStatus.LOST);
        assertThat(feed.state().connected()).isFalse();
        assertThat(feed.state().statusSince()).isEqualTo(NINE_AM.plus(Duration.ofMinutes(5)));

        stream.connect(HALL);
        stream.emit(event(11, TICKET_ISSUED, waiting(HALL, "A001")));

        assertThat(feed.state().status()).isEqualTo(FeedStatus.LIVE);
        assertThat(feed.state().waitingTotal()).isEqualTo(1);
        assertThat(stream.subscriptions(HALL)).hasSize(1);
    }

    @Test
    void retriesTheSnapshotWithBackoffWhileQueueServiceIsDown() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        api.failNext(3);
        feed.addListener(heard::add);

        feed.start();
        FakeSubscription subscription = awaitSubscription();

        assertThat(heard).extracting(BoardState::status)
                .containsSubsequence(FeedStatus.CONNECTING, FeedStatus.LOST, FeedStatus.LIVE);
        assertThat(subscription.startedAfter()).isEqualTo(10);
        assertThat(stream.subscriptions(HALL)).hasSize(1);
    }

    @Test
    void startingTwiceStillSubscribesOnce() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));

        feed.start();
        feed.start();
        awaitSubscription();

        await().during(Duration.ofMillis(200)).until(() -> stream.subscriptions(HALL).size() == 1);
    }

    @Test
    void closingEndsTheSubscriptionAndStopsRetrying() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        feed.start();
        FakeSubscription subscription = awaitSubscription();

        feed.close();

        assertThat(subscription.isClosed()).isTrue();
    }

    @Test
    void aClosedFeedNoLongerRetries() {
        api.failNext(Integer.MAX_VALUE);
        feed.start();
        await().until(() -> feed.state().status() == FeedStatus.LOST);

        feed.close();
        int requests = api.snapshotRequests();

        await().during(Duration.ofMillis(300)).until(() -> api.snapshotRequests() == requests);
        assertThat(stream.subscriptions(HALL)).isEmpty();
    }

    private FakeSubscription awaitSubscription() {
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.subscriptions(HALL).isEmpty());
        return stream.subscriptions(HALL).getFirst();
    }
}
