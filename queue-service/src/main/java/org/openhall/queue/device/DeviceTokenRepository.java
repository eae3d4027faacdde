package org.openhall.queue.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DeviceTokenRepository {

    private final JdbcClient jdbc;

    DeviceTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String hall, DeviceRole role, String name, String sha256, Instant now, @Nullable String createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO device_token (hall_code, role, name, token_sha256, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(hall, role.name(), name, sha256, Timestamp.from(now), createdBy)
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<DeviceToken> findBySha256(String sha256) {
        return jdbc.sql("SELECT * FROM device_token WHERE token_sha256 = ?").param(sha256)
                .query((rs, n) -> token(rs)).optional();
    }

    Optional<DeviceToken> findById(long id) {
        return jdbc.sql("SELECT * FROM device_token WHERE id = ?").param(id).query((rs, n) -> token(rs)).optional();
    }

    /** The hall's devices: active ones first, by name, then revoked ones, newest revocation first. */
    List<DeviceToken> findByHall(String hall) {
        return jdbc.sql("""
                SELECT * FROM device_token WHERE hall_code = ?
                ORDER BY revoked_at IS NOT NULL, revoked_at DESC, name""")
                .param(hall).query((rs, n) -> token(rs)).list();
    }

    boolean activeNameTaken(String hall, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM device_token WHERE hall_code = ? AND name = ? AND revoked_at IS NULL")
                .params(hall, name).query(Integer.class).single() > 0;
    }

    /** Revokes it unless already revoked; whether this call revoked it. */
    boolean revoke(long id, Instant now, @Nullable String by) {
        return jdbc.sql("UPDATE device_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), by, id).update() == 1;
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE device_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
    }

    private static DeviceToken token(ResultSet rs) throws SQLException {
        return new DeviceToken(rs.getLong("id"), rs.getString("hall_code"), DeviceRole.valueOf(rs.getString("role")),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")),
                rs.getString("revoked_by"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
