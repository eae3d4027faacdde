package org.openhall.queue.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the portal's webhook ({@code POST /api/pre-applications}, {@code POST /api/appointments}).
 *
 * @param webhookSecret  the secret shared with the portal that signs every request. The default,
 *                       {@value #DEMO_SECRET}, is for the demo only: set your own in production.
 * @param maxClockSkew   how far a request's timestamp may be from the service's clock
 */
@Validated
@ConfigurationProperties("openhall.portal")
public record PortalProperties(@DefaultValue(DEMO_SECRET) @NotBlank String webhookSecret,
        @DefaultValue("5m") @NotNull Duration maxClockSkew) {

    /** The demo-only default secret; a service running with it logs a warning. */
    public static final String DEMO_SECRET = "openhall-demo-portal-secret";
}
