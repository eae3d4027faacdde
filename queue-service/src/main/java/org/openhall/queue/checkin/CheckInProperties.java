package org.openhall.queue.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of check-in.
 *
 * @param earlyTolerance how long before its slot starts an appointment can be checked in
 * @param lateTolerance  how long after its slot starts an appointment can still be checked in
 */
@Validated
@ConfigurationProperties("openhall.checkin")
public record CheckInProperties(@DefaultValue("30m") @NotNull Duration earlyTolerance,
        @DefaultValue("15m") @NotNull Duration lateTolerance) {
}
