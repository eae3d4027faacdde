package org.openhall.queue.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys the service uses: the configured value when there is one, otherwise a random 256-bit key
 * generated at first use and stored in {@code app_secret}, so it survives restarts and is the same
 * for every instance sharing the database.
 */
@Component
public class AppSecrets {

    private static final Logger log = LoggerFactory.getLogger(AppSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    AppSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key named {@code name}: {@code configured} (UTF-8) when set and not blank, else the stored one. */
    public byte[] key(String name, @Nullable String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return cache.computeIfAbsent(name, this::stored).clone();
    }

    private byte[] stored(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // INSERT IGNORE: when two instances start at once, both then read the one that won.
        int created = jdbc.sql("INSERT IGNORE INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)")
                .params(name, HexFormat.of().formatHex(fresh), Timestamp.from(clock.instant())).update();
        if (created == 1) {
            log.info("Generated the '{}' key and stored it in the database", name);
        }
        String hex = jdbc.sql("SELECT secret FROM app_secret WHERE name = ?").param(name).query(String.class).single();
        return HexFormat.of().parseHex(hex);
    }
}
