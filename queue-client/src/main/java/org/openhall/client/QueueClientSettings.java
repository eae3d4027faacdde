package org.openhall.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where queue-service lives and how long to wait for it.
 *
 * @param baseUrl        absolute {@code http} or {@code https} URL of queue-service, without a trailing
 *                       slash (one is stripped); the API lives under {@code baseUrl/api}
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a response's headers (an event stream, once open, has no limit)
 * @param bearerToken    the device token sent as {@code Authorization: Bearer …}; null or blank for none
 * @param staff          a staff member's username and password, sent as HTTP Basic instead of the token
 *                       (the window and ticket actions are a seated clerk's); null for none
 */
public record QueueClientSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout,
        @Nullable String bearerToken, @Nullable StaffCredentials staff) {

    /** A staff member's sign-in; {@link #toString()} never shows the password. */
    public record StaffCredentials(String username, String password) {

        public StaffCredentials {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (username.indexOf(':') >= 0) {
                throw new IllegalArgumentException("A username cannot contain ':'");
            }
        }

        @Override
        public String toString() {
            return "StaffCredentials[" + username + "]";
        }
    }

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

    /** Settings sending a device token (or none when null or blank). */
    public QueueClientSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout,
            @Nullable String bearerToken) {
        this(baseUrl, connectTimeout, requestTimeout, bearerToken, null);
    }

    /** Settings for {@code baseUrl} with the default timeouts (2 s to connect, 5 s per request) and no token. */
    public static QueueClientSettings of(String baseUrl) {
        return new QueueClientSettings(URI.create(baseUrl), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, null);
    }

    public QueueClientSettings withBearerToken(@Nullable String token) {
        return new QueueClientSettings(baseUrl, connectTimeout, requestTimeout, token, null);
    }

    /** Settings acting as this staff member (HTTP Basic), for a clerk's window and ticket actions. */
    public QueueClientSettings withStaff(String username, String password) {
        return new QueueClientSettings(baseUrl, connectTimeout, requestTimeout, null,
                new StaffCredentials(username, password));
    }

    public QueueClientSettings withTimeouts(Duration connect, Duration request) {
        return new QueueClientSettings(baseUrl, connect, request, bearerToken, staff);
    }

    /** The {@code Authorization} header's value: the staff member's Basic credentials, else the device token. */
    public Optional<String> authorization() {
        if (staff != null) {
            byte[] pair = (staff.username() + ":" + staff.password()).getBytes(StandardCharsets.UTF_8);
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair));
        }
        return Optional.ofNullable(bearerToken).map(token -> "Bearer " + token);
    }

    /** Never shows the token or the password, so that settings can be logged. */
    @Override
    public String toString() {
        return "QueueClientSettings[" + baseUrl + ", connect " + connectTimeout + ", request " + requestTimeout
                + (staff != null ? ", as " + staff.username() : bearerToken != null ? ", with a device token" : "")
                + "]";
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
