package org.openhall.queue.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The retention settings: their defaults, and the values refused at start-up. */
class RetentionPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void keepsVisitorDataThirtyDaysAndPurgesAMinuteAfterStartThenDaily() {
        context.run(it -> assertThat(it.getBean(RetentionProperties.class)).isEqualTo(
                new RetentionProperties(Duration.ofDays(30), true, Duration.ofMinutes(1), Duration.ofDays(1), 200)));
    }

    @Test
    void takesAPeriodInDays() {
        context.withPropertyValues("openhall.retention.visitor-data=90d").run(it ->
                assertThat(it.getBean(RetentionProperties.class).visitorData()).isEqualTo(Duration.ofDays(90)));
    }

    @Test
    void refusesAPeriodShorterThanADayAndAnEmptyBatch() {
        for (String invalid : new String[] {"visitor-data=0s", "visitor-data=-30d", "visitor-data=23h",
                "interval=0s", "batch-size=0"}) {
            context.withPropertyValues("openhall.retention." + invalid)
                    .run(it -> assertThat(it).as(invalid).hasFailed());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionProperties.class)
    static class Settings {
    }
}
