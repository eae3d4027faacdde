package org.openhall.queue.consultation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Closes idle conversations every {@code openhall.consultation.idle-check}, and looks for
 * conversations other instances changed every {@code openhall.consultation.watch-interval} (either
 * never when it is 0).
 */
@Configuration(proxyBeanMethods = false)
class ConsultationScheduling implements SchedulingConfigurer {

    private final Consultations consultations;
    private final ConsultationWatch watch;
    private final ConsultationProperties properties;

    ConsultationScheduling(Consultations consultations, ConsultationWatch watch, ConsultationProperties properties) {
        this.consultations = consultations;
        this.watch = watch;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.idleCheck().isPositive()) {
            tasks.addFixedDelayTask(new FixedDelayTask(consultations::closeIdle, properties.idleCheck(),
                    properties.idleCheck()));
        }
        if (properties.watchInterval().isPositive()) {
            tasks.addFixedDelayTask(new FixedDelayTask(watch::look, properties.watchInterval(),
                    properties.watchInterval()));
        }
    }
}
