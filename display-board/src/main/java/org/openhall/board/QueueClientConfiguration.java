package org.openhall.board;

import java.time.Clock;
import java.time.ZoneId;
import org.openhall.board.feed.FeedSettings;
import org.openhall.board.feed.HallClients;
import org.openhall.board.feed.HallFeeds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * Wires the board to queue-service: the clients of each hall (each sending the hall's own device
 * token) and one feed per served hall.
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
    TokenPerHallClients hallClients(BoardProperties properties) {
        return new TokenPerHallClients(properties);
    }

    @Bean
    HallFeeds hallFeeds(HallClients clients, Clock clock, TaskScheduler scheduler, BoardProperties properties) {
        BoardProperties.Board board = properties.board();
        var settings = new FeedSettings(properties.servedHalls(), board.reconnectInitialDelay(),
                board.reconnectMaxDelay());
        return new HallFeeds(clients, clock, scheduler, settings);
    }
}
