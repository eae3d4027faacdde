package org.openhall.queue.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The two reads behind a hall's statistics: the day's tickets and the tickets held at windows now. */
@Repository
class StatsRepository {

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every ticket of the hall's service day, with only the columns the statistics need. */
    List<DayTicket> day(String hall, LocalDate serviceDay) {
        return jdbc.sql("""
                SELECT id, public_id, number, service_code, priority, status, issued_at, waiting_since, first_called_at,
                    ended_at, window_id, target_window_id, appointment_at
                FROM ticket WHERE hall_code = ? AND service_day = ?""")
                .params(hall, serviceDay)
                .query((rs, n) -> new DayTicket(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Priority.valueOf(rs.getString(5)), TicketStatus.valueOf(rs.getString(6)), instant(rs, 7),
                        instant(rs, 8), instant(rs, 9), instant(rs, 10), id(rs, 11), id(rs, 12), instant(rs, 13)))
                .list();
    }

    /** The number of the ticket each window of the hall holds (called or being served), by window id. */
    Map<Long, String> heldAtWindows(String hall) {
        Map<Long, String> held = new HashMap<>();
        jdbc.sql("""
                SELECT window_id, number FROM ticket WHERE hall_code = ? AND status IN ('CALLED','SERVING')
                    AND window_id IS NOT NULL ORDER BY called_at""")
                .param(hall)
                .query(rs -> {
                    held.put(rs.getLong(1), rs.getString(2));
                });
        return held;
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Long id(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The day's ratings (on tickets of that service day) and the hall's follow-ups not yet final,
     * those past their deadline counted apart ({@code day} is the hall's service day, as deadlines are).
     */
    HallStats.Reviews reviews(String hall, LocalDate day) {
        return jdbc.sql("""
                SELECT
                    (SELECT COUNT(*) FROM rating WHERE hall_code = :hall AND service_day = :day) AS rated,
                    (SELECT COUNT(*) FROM rating WHERE hall_code = :hall AND service_day = :day AND level >= 3)
                        AS satisfied,
                    (SELECT COUNT(*) FROM rating WHERE hall_code = :hall AND service_day = :day AND level <= 2) AS bad,
                    (SELECT COUNT(*) FROM follow_up WHERE hall_code = :hall
                        AND status NOT IN ('ANSWERED', 'APPEALED')) AS open,
                    (SELECT COUNT(*) FROM follow_up WHERE hall_code = :hall
                        AND status NOT IN ('ANSWERED', 'APPEALED') AND deadline < :day) AS overdue""")
                .param("hall", hall).param("day", day)
                .query((rs, n) -> new HallStats.Reviews(rs.getInt("rated"), rs.getInt("satisfied"), rs.getInt("bad"),
                        rs.getInt("open"), rs.getInt("overdue")))
                .single();
    }
}
