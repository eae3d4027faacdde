package org.openhall.kiosk.device;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the kiosk reports itself to queue-service ({@code openhall.kiosk.*}).
 *
 * @param id                    the kiosk's device id in its hall: letters, digits, {@code -} and {@code _},
 *                              at most 64; by default {@code kiosk-<host name>}
 * @param heartbeat             how often the kiosk reports even when nothing changed (queue-service marks a
 *                              device silent after 90 s without a report, so keep this well below)
 * @param heartbeatInitialDelay how long after start the first heartbeat goes out
 */
@ConfigurationProperties("openhall.kiosk")
@Validated
public record DeviceReportProperties(
        @Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 letters, digits, - or _")
        String id,
        @DefaultValue("30s") @NotNull Duration heartbeat,
        @DefaultValue("0s") @NotNull Duration heartbeatInitialDelay) {
}
