package org.openhall.queue.checkin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.problem.QueueException;
import org.springframework.http.HttpStatus;

/**
 * The portal webhook's authentication: header {@code X-OpenHall-Timestamp} (epoch seconds) and
 * {@code X-OpenHall-Signature}, the hex HMAC-SHA256 of {@code timestamp + "." + rawBody} with the
 * shared secret. Pure: no clock or database of its own.
 */
final class PortalSignatures {

    static final String TIMESTAMP_HEADER = "X-OpenHall-Timestamp";
    static final String SIGNATURE_HEADER = "X-OpenHall-Signature";

    private final byte[] secret;
    private final Duration maxSkew;

    PortalSignatures(String secret, Duration maxSkew) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.maxSkew = maxSkew;
    }

    /** The hex signature of a body sent at {@code timestamp} (what the portal puts in the header). */
    String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Accepts a genuine, fresh request and returns its (normalised, lower-case) signature; refuses
     * with 401 {@code invalid-signature} (missing, malformed or wrong) or 401 {@code stale-request}
     * (timestamp more than the allowed skew from {@code now}).
     */
    String verify(@Nullable String timestamp, @Nullable String signature, byte[] body, Instant now) {
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}") || signature == null
                || !signature.matches("[0-9a-fA-F]{64}")) {
            throw invalid();
        }
        long seconds = Long.parseLong(timestamp);
        String given = signature.toLowerCase(java.util.Locale.ROOT);
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                sign(seconds, body).getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(maxSkew) > 0) {
            throw new QueueException(HttpStatus.UNAUTHORIZED, "stale-request",
                    "The request's timestamp is too far from the service's clock; sign it again and resend.");
        }
        return given;
    }

    private static QueueException invalid() {
        return new QueueException(HttpStatus.UNAUTHORIZED, "invalid-signature",
                "The request is not signed with the portal's secret.");
    }
}
