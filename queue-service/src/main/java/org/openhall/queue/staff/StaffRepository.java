package org.openhall.queue.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_member").query(Long.class).single();
    }

    private static StaffMember member(ResultSet rs) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("badge"), StaffRole.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
