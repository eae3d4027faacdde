package org.openhall.queue.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret key of the hash that identifies a person by ID number; when unset, a random one is
 *               generated once and kept in the database ({@code app_secret}). Changing it makes
 *               earlier hashes unmatchable.
 */
@ConfigurationProperties("openhall.identity")
public record IdentityProperties(@Nullable String secret) {
}
