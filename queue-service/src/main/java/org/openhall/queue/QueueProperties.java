package org.openhall.queue;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of queue-service.
 *
 * @param publicBaseUrl    where visitors reach this service; a ticket's status page link starts with it
 * @param maxRequestBytes  largest request body the API accepts
 * @param eventPollInterval how often the event stream looks for events written by other instances
 * @param eventHeartbeat   how often an idle event stream sends a comment, so proxies keep it open
 */
@Validated
@ConfigurationProperties("openhall.queue")
public record QueueProperties(
        @DefaultValue("http://localhost:8080") @NotNull URI publicBaseUrl,
        @DefaultValue("16384") int maxRequestBytes,
        @DefaultValue("500ms") @NotNull Duration eventPollInterval,
        @DefaultValue("15s") @NotNull Duration eventHeartbeat) {

    /** The base URL without a trailing slash. */
    public String baseUrl() {
        String url = publicBaseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
