package org.openhall.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where queue-service lives and how long to wait for it.
 *
 * @param baseUrl        absolute {@code http} or {@code https} URL of queue-service, without a trailing
 *                       slash (one is stripped); the API lives under {@code baseUrl/api}
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a response's headers (an event stream, once open, has no limit)
 * @param bearerToken    the device or user token sent as {@code Authorization: Bearer …}; null or blank
 *                       for none
 */
public record QueueClientSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout,
        @Nullable String bearerToken) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    public QueueClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.isOpaque() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must have no query or fragment, was " + baseUrl);
        }
        String url = baseUrl.toString();
        if (url.endsWith("/")) {
            baseUrl = URI.create(url.replaceAll("/+$", ""));
        }
        bearerToken = bearerToken == null || bearerToken.isBlank() ? null : bearerToken.strip();
    }

    /** Settings for {@code baseUrl} with the default timeouts (2 s to connect, 5 s per request) and no token. */
    public static QueueClientSettings of(String baseUrl) {
        return new QueueClientSettings(URI.create(baseUrl), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, null);
    }

    public QueueClientSettings withBearerToken(@Nullable String token) {
        return new QueueClientSettings(baseUrl, connectTimeout, requestTimeout, token);
    }

    public QueueClientSettings withTimeouts(Duration connect, Duration request) {
        return new QueueClientSettings(baseUrl, connect, request, bearerToken);
    }

    /** {@code baseUrl/api/seg1/seg2…} with every segment percent-encoded, so that no value can change the path. */
    URI apiUri(Object... segments) {
        var path = new StringBuilder(baseUrl.toString()).append("/api");
        for (Object segment : segments) {
            path.append('/').append(encodeSegment(segment.toString()));
        }
        return URI.create(path.toString());
    }

    private static String encodeSegment(String segment) {
        // URLEncoder is for forms (space becomes '+'); a path segment keeps only RFC 3986 unreserved characters.
        var encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
