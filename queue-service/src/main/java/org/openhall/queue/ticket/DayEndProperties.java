package org.openhall.queue.ticket;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the previous service days' queues are closed ({@link DayEnd}).
 *
 * @param enabled  whether it runs on its own schedule
 * @param interval from the end of one run to the start of the next: how long after a hall's new
 *                 service day begins yesterday's tickets may still wait
 */
@Validated
@ConfigurationProperties("openhall.day-end")
public record DayEndProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") @NotNull @DurationMin(seconds = 1) Duration interval) {
}
