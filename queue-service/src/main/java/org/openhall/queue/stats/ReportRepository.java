package org.openhall.queue.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reads behind a hall's report: its event log for the tickets of a period, the ratings and
 * complaints of the period, and the follow-ups as they stood at an instant. Only append-only rows
 * and columns that are set once are read, so a period that is over reads the same every time.
 */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * In log order: every event of the tickets of the service days {@code from} to {@code to}, and
     * the window events that say who was seated where while they were served (those from
     * {@code start} on, and each window's last one before it).
     */
    List<HallEvent> events(String hall, LocalDate from, LocalDate to, Instant start) {
        return jdbc.sql("""
                SELECT payload FROM hall_event WHERE hall_code = :hall AND (
                    ticket_id IN (SELECT id FROM ticket WHERE hall_code = :hall AND service_day BETWEEN :from AND :to)
                    OR (ticket_id IS NULL AND window_id IS NOT NULL AND occurred_at >= :start)
                    OR id IN (SELECT MAX(id) FROM hall_event WHERE hall_code = :hall AND ticket_id IS NULL
                        AND window_id IS NOT NULL AND occurred_at < :start GROUP BY window_id))
                ORDER BY id""")
                .param("hall", hall).param("from", from).param("to", to).param("start", Timestamp.from(start))
                .query((rs, n) -> json.readValue(rs.getString(1), HallEvent.class))
                .list();
    }

    /** A rating given in the period, with where the visit happened. */
    record Rated(String service, @Nullable Long windowId, @Nullable String badge, @Nullable String clerkName,
            int level) {
    }

    /** The hall's ratings given from {@code start} (inclusive) to {@code end} (exclusive). */
    List<Rated> ratings(String hall, Instant start, Instant end) {
        return jdbc.sql("""
                SELECT r.service_code, r.window_id, s.badge, s.display_name, r.level
                FROM rating r LEFT JOIN staff_member s ON s.id = r.clerk_id
                WHERE r.hall_code = ? AND r.rated_at >= ? AND r.rated_at < ?""")
                .params(hall, Timestamp.from(start), Timestamp.from(end))
                .query((rs, n) -> new Rated(rs.getString(1), id(rs, 2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /**
     * A follow-up opened before the instant asked for; {@code rating} is null for a complaint's.
     *
     * @param closedAt when it was answered or appealed, null while it is not
     */
    record FollowUp(@Nullable Rated rating, LocalDate deadline, Instant openedAt, @Nullable Instant closedAt) {
    }

    /** The hall's follow-ups of bad reviews and complaints opened before {@code asOf}. */
    List<FollowUp> followUps(String hall, Instant asOf) {
        return jdbc.sql("""
                SELECT f.rating_id, r.service_code, r.window_id, s.badge, s.display_name, r.level,
                    f.deadline, f.opened_at, f.closed_at
                FROM follow_up f LEFT JOIN rating r ON r.id = f.rating_id LEFT JOIN staff_member s ON s.id = r.clerk_id
                WHERE f.hall_code = ? AND f.opened_at < ?""")
                .params(hall, Timestamp.from(asOf))
                .query((rs, n) -> {
                    rs.getLong(1);
                    Rated rating = rs.wasNull() ? null
                            : new Rated(rs.getString(2), id(rs, 3), rs.getString(4), rs.getString(5), rs.getInt(6));
                    return new FollowUp(rating, rs.getObject(7, LocalDate.class), instant(rs, 8), instant(rs, 9));
                })
                .list();
    }

    /** Complaints and suggestions submitted from {@code start} (inclusive) to {@code end} (exclusive), by kind. */
    int feedbackReceived(String hall, String kind, Instant start, Instant end) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM feedback WHERE hall_code = ? AND kind = ? AND submitted_at >= ? AND submitted_at < ?""")
                .params(hall, kind, Timestamp.from(start), Timestamp.from(end))
                .query(Integer.class).single();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Long id(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
