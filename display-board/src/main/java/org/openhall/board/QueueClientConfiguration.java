package org.openhall.board;

import java.time.Clock;
import java.time.ZoneId;
import org.openhall.board.feed.FeedSettings;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.HallEventStream;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.SseHallEventStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * Wires the board to queue-service: the HTTP client, the event stream and one feed per served hall.
 */
@Configuration(proxyBeanMethods = false)
class QueueClientConfiguration {

    /** The system clock, in the configured zone if any (a server often runs in UTC, its hall does not). */
    @Bean
    Clock clock(BoardProperties properties) {
        ZoneId zone = properties.board().timeZone();
        return zone != null ? Clock.system(zone) : Clock.systemDefaultZone();
    }

    @Bean
    QueueClientSettings queueClientSettings(BoardProperties properties) {
        BoardProperties.Queue queue = properties.queue();
        return new QueueClientSettings(queue.baseUrl(), queue.connectTimeout(), queue.requestTimeout(),
                queue.token());
    }

    @Bean
    HttpQueueClient queueApi(QueueClientSettings settings) {
        return new HttpQueueClient(settings);
    }

    @Bean
    SseHallEventStream hallEventStream(QueueClientSettings settings) {
        return new SseHallEventStream(settings);
    }

    @Bean
    HallFeeds hallFeeds(QueueApi api, HallEventStream stream, Clock clock, TaskScheduler scheduler,
            BoardProperties properties) {
        BoardProperties.Board board = properties.board();
        var settings = new FeedSettings(properties.servedHalls(), board.reconnectInitialDelay(),
                board.reconnectMaxDelay());
        return new HallFeeds(api, stream, clock, scheduler, settings);
    }
}
