package org.openhall.queue.checkin;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of check-in QR codes.
 *
 * @param secret                 key that signs them; when unset, a random one is generated once and kept
 *                               in the database ({@code app_secret}). Changing it voids every code issued.
 * @param preApplicationValidity how long a pre-application's code stays valid after the portal sent it
 *                               (an appointment's code is valid until a day after its slot ends)
 */
@Validated
@ConfigurationProperties("openhall.qr")
public record QrProperties(@Nullable String secret, @DefaultValue("30d") @NotNull Duration preApplicationValidity) {
}
