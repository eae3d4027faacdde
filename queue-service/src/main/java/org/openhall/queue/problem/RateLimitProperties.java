package org.openhall.queue.problem;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often one address may use the public endpoints, which need no token or sign-in. A hall's
 * visitors often share one address (the hall's Wi-Fi), so the read limit is generous.
 *
 * @param enabled          whether the limits apply at all
 * @param readsPerMinute   status page and ticket, feedback tracking reads per address and minute
 * @param writesPerMinute  feedback, ratings and the sign-in check per address and minute
 */
@Validated
@ConfigurationProperties("openhall.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("240") @Positive int readsPerMinute,
        @DefaultValue("20") @Positive int writesPerMinute) {
}
