package org.openhall.board.dashboard;

import java.time.Clock;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.QueueApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/** One registry of stats refreshers per application instance. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    StatsRefreshers statsRefreshers(QueueApi api, HallFeeds feeds, Clock clock, TaskScheduler scheduler,
            DashboardProperties properties) {
        return new StatsRefreshers(api, feeds, clock, scheduler, properties);
    }
}
