package org.openhall.queue.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inserts and reads audit rows; deliberately has no way to change or remove one. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, AuditEvent.Actor actor, AuditAction action, @Nullable String hall,
            AuditEvent.@Nullable Target target, @Nullable String detail, @Nullable String remoteAddress) {
        jdbc.sql("""
                INSERT INTO audit_event (at, actor_id, actor_username, actor_role, action, hall_code, target_type,
                    target_id, detail, remote_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), actor.id(), cut(actor.username(), 64), actor.role(), action.name(), hall,
                        target == null ? null : target.kind().name(), target == null ? null : cut(target.id(), 64),
                        cut(detail, 500), cut(remoteAddress, 64))
                .update();
    }

    /** Rows in [from, to), newest first, optionally of one staff member, at most {@code limit}. */
    List<AuditEvent> find(Instant from, Instant to, @Nullable Long actorId, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE at >= ? AND at < ?"
                        + (actorId == null ? "" : " AND actor_id = " + actorId.longValue())
                        + " ORDER BY at DESC, id DESC LIMIT ?")
                .params(Timestamp.from(from), Timestamp.from(to), limit)
                .query((rs, n) -> event(rs)).list();
    }

    /** The newest rows, newest first. */
    /** The staff member who last did {@code action} to the target, if a staff member did; refusals do not count. */
    java.util.Optional<Long> lastActor(AuditAction action, AuditEvent.Target target) {
        return jdbc.sql("""
                SELECT actor_id FROM audit_event WHERE action = ? AND target_type = ? AND target_id = ?
                    AND actor_id IS NOT NULL AND (detail IS NULL OR detail NOT LIKE 'refused%')
                ORDER BY id DESC LIMIT 1""")
                .params(action.name(), target.kind().name(), target.id()).query(Long.class).optional();
    }

    List<AuditEvent> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> event(rs)).list();
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        long actor = rs.getLong("actor_id");
        Long actorId = rs.wasNull() ? null : actor;
        String kind = rs.getString("target_type");
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), actorId,
                rs.getString("actor_username"), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("hall_code"),
                kind == null ? null : new AuditEvent.Target(AuditEvent.Kind.valueOf(kind), rs.getString("target_id")),
                rs.getString("detail"), rs.getString("remote_address"));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
