package org.openhall.queue.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the purge {@code openhall.retention.initial-delay} after start-up and then every
 * {@code interval} after the previous run ended, unless {@code openhall.retention.enabled} is
 * false. A failed run is logged by the scheduler and the next one tries again.
 */
@Configuration(proxyBeanMethods = false)
class RetentionScheduling implements SchedulingConfigurer {

    private final VisitorDataRetention retention;
    private final RetentionProperties properties;

    RetentionScheduling(VisitorDataRetention retention, RetentionProperties properties) {
        this.retention = retention;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.enabled()) {
            tasks.addFixedDelayTask(new FixedDelayTask(retention::purge, properties.interval(),
                    properties.initialDelay()));
        }
    }
}
