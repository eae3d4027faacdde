package org.openhall.board.dashboard;

import java.time.Clock;
import org.openhall.board.feed.HallClients;
import org.openhall.board.feed.HallFeeds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/** One registry of stats refreshers per application instance. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    StatsRefreshers statsRefreshers(HallClients clients, HallFeeds feeds, Clock clock, TaskScheduler scheduler,
            DashboardProperties properties) {
        return new StatsRefreshers(clients, feeds, clock, scheduler, properties);
    }
}
