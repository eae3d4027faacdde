package org.openhall.queue.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String displayName, String badge, StaffRole role, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO staff_member (username, display_name, badge, role, active, created_at)
                VALUES (?, ?, ?, ?, TRUE, ?)""")
                .params(username, displayName, badge, role.name(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM staff_member WHERE username = ?").param(username)
                .query((rs, n) -> member(rs)).optional();
    }

    Optional<StaffMember> findByBadge(String badge) {
        return jdbc.sql("SELECT * FROM staff_member WHERE badge = ?").param(badge)
                .query((rs, n) -> member(rs)).optional();
    }

    Optional<StaffMember> findById(long id) {
        return jdbc.sql("SELECT * FROM staff_member WHERE id = ?").param(id)
                .query((rs, n) -> member(rs)).optional();
    }

    /** A staff member with their password hash (null while they have none), by username. */
    Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("SELECT * FROM staff_member WHERE username = ?").param(username)
                .query((rs, n) -> new Credentials(member(rs), rs.getString("password_hash"))).optional();
    }

    record Credentials(StaffMember member, @org.jspecify.annotations.Nullable String passwordHash) {
    }

    void updatePasswordHash(long id, String hash) {
        jdbc.sql("UPDATE staff_member SET password_hash = ? WHERE id = ?").params(hash, id).update();
    }

    /** Sets the hash only where none is set yet; whether it did. */
    boolean fillPasswordHash(long id, String hash) {
        return jdbc.sql("UPDATE staff_member SET password_hash = ? WHERE id = ? AND password_hash IS NULL")
                .params(hash, id).update() == 1;
    }

    void updateActive(long id, boolean active) {
        jdbc.sql("UPDATE staff_member SET active = ? WHERE id = ?").params(active, id).update();
    }

    long countActive(StaffRole role) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_member WHERE role = ? AND active").param(role.name())
                .query(Long.class).single();
    }

    List<StaffMember> findAll() {
        return jdbc.sql("SELECT * FROM staff_member ORDER BY display_name, badge").query((rs, n) -> member(rs)).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_member").query(Long.class).single();
    }

    private static StaffMember member(ResultSet rs) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("badge"), StaffRole.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
