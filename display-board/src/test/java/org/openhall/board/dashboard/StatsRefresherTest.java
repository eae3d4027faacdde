package org.openhall.board.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.hall;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.client.api.HallEvent.TICKET_ISSUED;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.feed.HallClients;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.ManualScheduler;
import org.openhall.board.MutableClock;
import org.openhall.board.Stats;
import org.openhall.board.feed.FeedSettings;
import org.openhall.board.feed.FeedStatus;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.api.HallStats;

/** The shared per-hall refresher, on a clock and scheduler the test moves by hand. */
class StatsRefresherTest {

    private static final String HALL = "demo";

    private final FakeQueueApi api = new FakeQueueApi();
    private final FakeHallEventStream stream = new FakeHallEventStream();
    private final MutableClock clock = new MutableClock(NINE_AM, ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final HallClients clients = HallClients.sharing(api, stream);
    private final HallFeeds feeds = new HallFeeds(clients, clock, scheduler,
            new FeedSettings(Set.of(HALL), Duration.ofSeconds(1), Duration.ofSeconds(30)));
    private final StatsRefreshers refreshers = new StatsRefreshers(clients, feeds, clock, scheduler,
            new DashboardProperties(Duration.ofSeconds(10), Duration.ofSeconds(1)));
    private final List<DashboardState> heard = new CopyOnWriteArrayList<>();
    private final HallStats stats = Stats.busyMorning(HALL, NINE_AM);

    @BeforeEach
    void aHallWithStatistics() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        api.serveStats(stats);
    }

    @AfterEach
    void stop() {
        refreshers.close();
        feeds.close();
    }

    @Test
    void readsAtOnceForTheFirstDashboardAndSharesTheResultWithEveryOther() {
        StatsRefresher refresher = refreshers.refresher(HALL).orElseThrow();
        refresher.addListener(heard::add);
        assertThat(heard).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(FeedStatus.CONNECTING));

        scheduler.runDue();

        assertThat(api.statsRequests(HALL)).isEqualTo(1);
        assertThat(heard.getLast().status()).isEqualTo(FeedStatus.LIVE);
        assertThat(heard.getLast().stats()).isSameAs(stats);
        assertThat(heard.getLast().updatedAt()).isEqualTo(NINE_AM);

        List<DashboardState> second = new CopyOnWriteArrayList<>();
        refreshers.refresher(HALL).orElseThrow().addListener(second::add);
        scheduler.runDue();

        assertThat(refreshers.refresher(HALL)).containsSame(refresher);
        assertThat(second).singleElement().satisfies(s -> assertThat(s.stats()).isSameAs(stats));
        assertThat(api.statsRequests(HALL)).as("a second dashboard costs no read").isEqualTo(1);
    }

    @Test
    void coalescesABurstOfHallEventsIntoOneReadPerSecond() {
        refreshers.refresher(HALL).orElseThrow().addListener(heard::add);
        scheduler.runDue();
        assertThat(api.statsRequests(HALL)).isEqualTo(1);

        for (int i = 1; i <= 5; i++) {
            scheduler.advance(Duration.ofMillis(100));
            stream.emit(event(10 + i, TICKET_ISSUED, waiting(HALL, "A00" + i)));
        }
        scheduler.advance(Duration.ofMillis(499));
        assertThat(api.statsRequests(HALL)).as("not within a second of the last read").isEqualTo(1);

        scheduler.advance(Duration.ofMillis(1));
        assertThat(api.statsRequests(HALL)).as("one read for the whole burst").isEqualTo(2);

        scheduler.advance(Duration.ofSeconds(5));
        assertThat(api.statsRequests(HALL)).isEqualTo(2);

        stream.emit(event(16, TICKET_ISSUED, waiting(HALL, "A006")));
        scheduler.runDue();
        assertThat(api.statsRequests(HALL)).as("an event long after the last read is read at once").isEqualTo(3);
    }

    @Test
    void readsAgainOnTheTimerWhenNothingHappens() {
        refreshers.refresher(HALL).orElseThrow().addListener(heard::add);
        scheduler.runDue();

        scheduler.advance(Duration.ofMillis(9_999));
        assertThat(api.statsRequests(HALL)).isEqualTo(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(api.statsRequests(HALL)).isEqualTo(2);
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(api.statsRequests(HALL)).isEqualTo(3);
        assertThat(heard.getLast().updatedAt()).isEqualTo(NINE_AM.plusSeconds(20));
    }

    @Test
    void saysSoWhenTheStatisticsCannotBeReadKeepsTheLastOnesAndRecoversByItself() {
        refreshers.refresher(HALL).orElseThrow().addListener(heard::add);
        scheduler.runDue();
        api.failStats(HALL, true);

        scheduler.advance(Duration.ofSeconds(10));

        DashboardState lost = heard.getLast();
        assertThat(lost.status()).isEqualTo(FeedStatus.LOST);
        assertThat(lost.stats()).as("the last figures stay, marked out of date").isSameAs(stats);
        assertThat(lost.updatedAt()).isEqualTo(NINE_AM);

        scheduler.advance(Duration.ofSeconds(1));
        assertThat(api.statsRequests(HALL)).as("first retry after one gap").isEqualTo(3);
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(api.statsRequests(HALL)).as("then after twice as long").isEqualTo(4);

        api.failStats(HALL, false);
        scheduler.advance(Duration.ofSeconds(4));

        assertThat(heard.getLast().status()).isEqualTo(FeedStatus.LIVE);
        assertThat(heard.getLast().updatedAt()).isEqualTo(NINE_AM.plusSeconds(17));
    }

    @Test
    void readsNothingOnceTheLastDashboardHasClosed() {
        StatsRefresher.Registration registration = refreshers.refresher(HALL).orElseThrow().addListener(heard::add);
        scheduler.runDue();

        registration.remove();
        scheduler.advance(Duration.ofMinutes(1));
        stream.emit(event(11, TICKET_ISSUED, waiting(HALL, "A001")));
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(api.statsRequests(HALL)).isEqualTo(1);
    }

    @Test
    void showsAHallQueueServiceListsOnItsTimerButNoHallItDoesNotKnow() {
        api.listHalls(List.of(hall(HALL), hall("north")));
        api.serveStats(Stats.busyMorning("north", NINE_AM));
        refreshers.halls(HALL);

        StatsRefresher north = refreshers.refresher("north").orElseThrow();
        north.addListener(heard::add);
        scheduler.runDue();

        assertThat(north.followsEvents()).isFalse();
        assertThat(heard.getLast().stats()).isNotNull();
        assertThat(refreshers.refresher(HALL).orElseThrow().followsEvents()).isTrue();
        assertThat(refreshers.refresher("nowhere")).isEmpty();
    }
}
