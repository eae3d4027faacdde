package org.openhall.board;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The display-board app: hall boards fed live by queue-service, on port 8082 by default.
 * Scheduling is enabled for the task scheduler that reconnects feeds and ticks the boards' clocks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DisplayBoardApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisplayBoardApplication.class, args);
    }
}
