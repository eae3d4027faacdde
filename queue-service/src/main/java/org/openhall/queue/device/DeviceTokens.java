package org.openhall.queue.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.problem.QueueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered kiosks and boards and their tokens. A token is 32 random bytes (base64url, prefixed
 * {@code ohd_}); only its SHA-256 is stored, so it is shown once, when registered, and a leaked
 * database does not hand out working tokens. A token is looked up on every request, so revoking it
 * cuts the device off at the next request (and its open event streams, see {@link #isActive}).
 */
@Service
public class DeviceTokens {

    public static final int MAX_NAME = 64;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final DeviceTokenRepository tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Long, Instant> lastTouched = new ConcurrentHashMap<>();

    DeviceTokens(DeviceTokenRepository tokens, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
    }

    /** Published after a device's token was revoked, once the revocation has committed. */
    public record Revoked(long device) {
    }

    /** A device just registered, with the token to give it: shown this once, never stored. */
    public record Registered(DeviceToken device, String token) {

        @Override
        public String toString() {
            return "Registered[" + device + "]";
        }
    }

    /**
     * Registers a device of the hall under a name unique among its active devices (409
     * {@code device-name-taken}, 400 {@code invalid-device} for a blank or too long name).
     */
    @Transactional
    public Registered register(String hall, DeviceRole role, String name, @Nullable String by) {
        String token = "ohd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        return new Registered(insert(hall, role, name, token, by), token);
    }

    /**
     * Registers a device with a token chosen by the caller (the demo hall's published tokens), unless
     * a device already has that token. Never for production halls: a chosen token can be guessed.
     */
    @Transactional
    public DeviceToken registerWithToken(String hall, DeviceRole role, String name, String token) {
        return tokens.findBySha256(sha256(token)).orElseGet(() -> insert(hall, role, name, token, null));
    }

    private DeviceToken insert(String hall, DeviceRole role, String name, String token, @Nullable String by) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw QueueException.badRequest("invalid-device",
                    "Give the device a name of 1 to " + MAX_NAME + " characters.");
        }
        if (tokens.activeNameTaken(hall, trimmed)) {
            throw QueueException.conflict("device-name-taken",
                    "Hall '" + hall + "' already has an active device named '" + trimmed + "'.");
        }
        long id = tokens.insert(hall, role, trimmed, sha256(token), clock.instant(), by);
        return tokens.findById(id).orElseThrow();
    }

    /** Revokes the device's token at once; whether it was active until now. */
    @Transactional
    public boolean revoke(long id, @Nullable String by) {
        device(id);
        boolean revoked = tokens.revoke(id, clock.instant(), by);
        if (revoked) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        events.publishEvent(new Revoked(id));
                    }
                });
            } else {
                events.publishEvent(new Revoked(id));
            }
        }
        return revoked;
    }

    public DeviceToken device(long id) {
        return tokens.findById(id).orElseThrow(() -> QueueException.notFound("unknown-device",
                "There is no registered device " + id + "."));
    }

    public List<DeviceToken> devices(String hall) {
        return tokens.findByHall(hall);
    }

    /**
     * The device a presented token belongs to, revoked or not (the caller tells the two apart);
     * empty for a token nobody issued. Notes the use, at most once a minute per device.
     */
    public Optional<DeviceToken> byToken(String token) {
        Optional<DeviceToken> device = tokens.findBySha256(sha256(token));
        device.filter(d -> !d.revoked()).ifPresent(this::touch);
        return device;
    }

    /** Whether the device's token still works: checked by long-lived connections such as event streams. */
    public boolean isActive(long id) {
        return tokens.findById(id).map(d -> !d.revoked()).orElse(false);
    }

    private void touch(DeviceToken device) {
        Instant now = clock.instant();
        Instant last = lastTouched.get(device.id());
        if (last == null || !now.isBefore(last.plus(TOUCH_EVERY))) {
            lastTouched.put(device.id(), now);
            tokens.touch(device.id(), now);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
