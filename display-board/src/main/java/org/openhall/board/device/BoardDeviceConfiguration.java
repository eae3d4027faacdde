package org.openhall.board.device;

import org.openhall.board.feed.HallClients;
import org.openhall.board.feed.HallFeeds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/** One reporter per display-board instance, covering every hall it follows. */
@Configuration(proxyBeanMethods = false)
class BoardDeviceConfiguration {

    @Bean
    BoardReporting boardReporting(HallClients clients, HallFeeds feeds, TaskScheduler scheduler,
            BoardDeviceProperties properties) {
        return new BoardReporting(clients, feeds, scheduler, properties);
    }
}
