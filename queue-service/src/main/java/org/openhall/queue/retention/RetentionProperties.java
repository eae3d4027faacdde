package org.openhall.queue.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long visitor data is kept, and when the purge runs.
 *
 * @param visitorData  how long a visitor's data is kept after the end of the hall's service day on
 *                     which it was last used; at least one day, because the current day's data is
 *                     still at work (one active ticket per person, today's check-ins)
 * @param enabled      whether the purge runs on its own schedule; when off, nothing is purged
 * @param initialDelay from start-up to the first run, so that a service that restarts daily still
 *                     purges
 * @param interval     from the end of one run to the start of the next
 * @param batchSize    rows changed per transaction: a long purge holds a hall's writes only for
 *                     moments at a time
 */
@Validated
@ConfigurationProperties("openhall.retention")
public record RetentionProperties(
        @DefaultValue("30d") @NotNull @DurationMin(days = 1) Duration visitorData,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") @NotNull @DurationMin(seconds = 0) Duration initialDelay,
        @DefaultValue("1d") @NotNull @DurationMin(minutes = 1) Duration interval,
        @DefaultValue("200") @Min(1) @Max(10_000) int batchSize) {
}
