package org.openhall.queue.device;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param silentAfter a device that has not reported for longer than this is shown as silent (it
 *                    may be off or cut off); kiosks and boards send a heartbeat well within it
 */
@Validated
@ConfigurationProperties("openhall.devices")
public record DeviceProperties(@DefaultValue("90s") @NotNull Duration silentAfter) {

    public DeviceProperties {
        if (silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("openhall.devices.silent-after must be positive: " + silentAfter);
        }
    }
}
