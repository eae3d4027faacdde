package org.openhall.queue.checkin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openhall.queue.problem.QueueException;

/**
 * Signs and verifies check-in QR payloads:
 * {@code OH1.<P|A>.<hall>.<reference>.<expiry epoch seconds>.<signature>}, where the signature is
 * the base64url (unpadded) HMAC-SHA256 of everything before the last dot, truncated to 16 bytes.
 *
 * <p>{@link #verify} is a pure function of the payload, the key and the time: length, charset,
 * shape, signature (compared in constant time), expiry and hall are all checked before the caller
 * looks anything up, so a forged code never reaches the database.
 */
public final class QrCodes {

    static final String HALL = "[a-z0-9][a-z0-9-]{0,31}";
    static final String REFERENCE = "[A-Za-z0-9_-]{1,64}";
    /** Longest payload accepted. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern CHARSET = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern SHAPE = Pattern.compile(
            "OH1\\.([PA])\\.(" + HALL + ")\\.(" + REFERENCE + ")\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{22})");
    private static final int SIGNATURE_BYTES = 16;

    private final byte[] key;

    public QrCodes(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("A QR signing key has at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** The signed payload for the code. */
    public String sign(QrCode code) {
        String body = "OH1." + code.kind() + "." + code.hall() + "." + code.reference() + "."
                + code.expiresAt().getEpochSecond();
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(body));
    }

    /**
     * The code the payload carries, if it is genuine, unexpired and of {@code hall}. Refuses with a
     * 400 problem: {@code invalid-qr} (too long, bad characters, wrong shape, forged or altered),
     * {@code expired-qr} (past its expiry at {@code now}), {@code wrong-hall} (another hall's code).
     */
    public QrCode verify(String payload, String hall, Instant now) {
        QrCode code = verify(payload, now);
        if (!code.hall().equals(hall)) {
            throw QueueException.badRequest("wrong-hall", "This code is for another service hall.");
        }
        return code;
    }

    /** As {@link #verify(String, String, Instant)}, for a code of any hall. */
    public QrCode verify(String payload, Instant now) {
        if (payload == null || payload.isEmpty() || payload.length() > MAX_LENGTH
                || !CHARSET.matcher(payload).matches()) {
            throw invalid();
        }
        var match = SHAPE.matcher(payload);
        if (!match.matches()) {
            throw invalid();
        }
        int lastDot = payload.lastIndexOf('.');
        // Compare the encoded text, not decoded bytes: the last base64 character has spare bits, and
        // an altered spare bit must not pass.
        byte[] given = payload.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encode(signature(payload.substring(0, lastDot)));
        if (!MessageDigest.isEqual(given, expected)) {
            throw invalid();
        }
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(match.group(4)));
        if (!now.isBefore(expiry)) {
            throw QueueException.badRequest("expired-qr", "This code has expired; ask at the reception desk.");
        }
        return new QrCode(QrCode.Kind.valueOf(match.group(1)), match.group(2), match.group(3), expiry);
    }

    private byte[] signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static QueueException invalid() {
        return QueueException.badRequest("invalid-qr", "This is not a valid code of this service hall.");
    }
}
