package org.openhall.board.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.emptySnapshot;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.MutableClock;
import org.openhall.client.HallEventStream;
import org.openhall.client.QueueApi;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

class HallFeedsTest {

    private final FakeQueueApi api = new FakeQueueApi();
    private final FakeHallEventStream stream = new FakeHallEventStream();
    private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();
    private final HallFeeds feeds = new HallFeeds(HallClients.sharing(api, stream),
            new MutableClock(NINE_AM, ZoneOffset.UTC), scheduler,
            new FeedSettings(Set.of("north", "south"), Duration.ofMillis(20), Duration.ofMillis(80)));

    @AfterEach
    void stop() {
        feeds.close();
        scheduler.close();
    }

    @Test
    void followsEachServedHallWithOneSubscriptionFromTheStart() {
        api.serve(emptySnapshot("north"));
        api.serve(emptySnapshot("south"));

        feeds.start();

        await().until(() -> stream.subscriptions("north").size() == 1 && stream.subscriptions("south").size() == 1);
        assertThat(feeds.feed("north")).containsSame(feeds.feed("north").orElseThrow());
        await().during(Duration.ofMillis(200)).until(() -> stream.subscriptions("north").size() == 1);
    }

    @Test
    void followsEachHallThroughThatHallsOwnClients() {
        var northApi = new FakeQueueApi();
        var northStream = new FakeHallEventStream();
        northApi.serve(emptySnapshot("north"));
        api.serve(emptySnapshot("south"));
        HallClients byHall = new HallClients() {

            @Override
            public QueueApi api(String hall) {
                return hall.equals("north") ? northApi : api;
            }

            @Override
            public HallEventStream events(String hall) {
                return hall.equals("north") ? northStream : stream;
            }
        };
        try (var perHall = new HallFeeds(byHall, new MutableClock(NINE_AM, ZoneOffset.UTC), scheduler,
                new FeedSettings(Set.of("north", "south"), Duration.ofMillis(20), Duration.ofMillis(80)))) {
            perHall.start();

            await().until(() -> northStream.subscriptions("north").size() == 1
                    && stream.subscriptions("south").size() == 1);
            assertThat(northApi.snapshotRequests()).as("only north's snapshot, once").isEqualTo(1);
            assertThat(stream.subscriptions("north")).isEmpty();
            assertThat(northStream.subscriptions("south")).isEmpty();
        }
    }

    @Test
    void refusesAHallItDoesNotServe() {
        assertThat(feeds.feed("elsewhere")).isEmpty();
        assertThat(stream.subscriptions("elsewhere")).isEmpty();
    }

    @Test
    void stoppingClosesEverySubscription() {
        api.serve(emptySnapshot("north"));
        feeds.feed("north");
        await().until(() -> stream.subscriptions("north").size() == 1);

        feeds.stop();

        assertThat(stream.subscriptions("north").getFirst().isClosed()).isTrue();
    }
}
