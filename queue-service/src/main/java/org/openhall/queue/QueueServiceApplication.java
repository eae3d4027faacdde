package org.openhall.queue;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** queue-service: the hall's source of truth, its REST API, event stream and staff console. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QueueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueueServiceApplication.class, args);
    }

    /** The one clock of the service; tests replace it with a fixed or stepping one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
