package org.openhall.kiosk;

import java.time.Clock;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kiosk's edges to the outside world: queue-service and the clock. */
@Configuration(proxyBeanMethods = false)
class KioskConfiguration {

    @Bean
    HttpQueueClient queueApi(KioskProperties properties) {
        var queue = properties.queue();
        return new HttpQueueClient(new QueueClientSettings(queue.baseUrl(), queue.connectTimeout(),
                queue.requestTimeout(), queue.token()));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
