package org.openhall.queue.device;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registered kiosk or board: its token (kept only as a hash) works for one hall and one role
 * until revoked.
 *
 * @param name       what the admin called it ("entrance kiosk 1"), unique among the hall's active devices
 * @param lastUsedAt when its token last reached queue-service (kept to the minute)
 */
public record DeviceToken(long id, String hall, DeviceRole role, String name, Instant createdAt,
        @Nullable String createdBy, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
        @Nullable String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
