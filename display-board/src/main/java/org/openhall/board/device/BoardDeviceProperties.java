package org.openhall.board.device;

import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.openhall.client.DeviceIds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this display-board instance reports itself, under {@code openhall.board.device}.
 *
 * @param id        its device id in every hall it follows; by default {@code board-<host name>}
 * @param heartbeat how often it reports even when nothing changed (queue-service calls a device
 *                  silent after 90 s without a report)
 */
@ConfigurationProperties("openhall.board.device")
@Validated
public record BoardDeviceProperties(
        @Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
        @DefaultValue("30s") @DurationMin(seconds = 1) Duration heartbeat) {

    /** The configured id, or one made from the host name with only the characters an id may hold. */
    public String deviceId() {
        return id != null ? id : fromHost(DeviceIds.hostName());
    }

    static String fromHost(@Nullable String host) {
        return DeviceIds.fromHost("board", host);
    }
}
