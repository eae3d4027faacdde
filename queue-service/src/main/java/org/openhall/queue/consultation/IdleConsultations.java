package org.openhall.queue.consultation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Closes idle conversations every {@code openhall.consultation.idle-check} (never when it is 0). */
@Configuration(proxyBeanMethods = false)
class IdleConsultations implements SchedulingConfigurer {

    private final Consultations consultations;
    private final ConsultationProperties properties;

    IdleConsultations(Consultations consultations, ConsultationProperties properties) {
        this.consultations = consultations;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.idleCheck().isPositive()) {
            tasks.addFixedDelayTask(new FixedDelayTask(consultations::closeIdle, properties.idleCheck(),
                    properties.idleCheck()));
        }
    }
}
