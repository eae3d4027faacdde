package org.openhall.queue.ticket;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The estimates made when tickets were issued, and how far they were from the waits that followed. */
@Repository
class WaitEstimateRepository {

    /** Later than any call: {@code Instant.MAX} is beyond what a timestamp holds. */
    private static final Instant LATEST = Instant.parse("9000-01-01T00:00:00Z");

    private final JdbcClient jdbc;

    WaitEstimateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the estimate made for a ticket at issue (one per ticket). */
    void record(long ticketId, String hall, LocalDate day, String service, Instant at, Duration estimate) {
        jdbc.sql("""
                INSERT INTO wait_estimate (ticket_id, hall_code, service_day, service_code, estimated_at, estimated_seconds)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(ticketId, hall, day, service, Timestamp.from(at), estimate.toSeconds())
                .update();
    }

    /**
     * Per service (the one the ticket was issued for) of the hall's service days {@code from} to
     * {@code to}, the estimates whose ticket was first called by {@code asOf}: how many, the sums of
     * the absolute errors and of the errors (actual minus estimated: positive when visitors waited
     * longer than told) in seconds, and how many were within {@code close} of the wait.
     */
    List<Row> accuracy(String hall, LocalDate from, LocalDate to, Instant asOf, Duration close) {
        return jdbc.sql("""
                SELECT service_code, COUNT(*), SUM(ABS(error)), SUM(error), SUM(ABS(error) <= ?)
                FROM (SELECT e.service_code,
                        TIMESTAMPDIFF(MICROSECOND, e.estimated_at, t.first_called_at) / 1000000 - e.estimated_seconds AS error
                    FROM wait_estimate e JOIN ticket t ON t.id = e.ticket_id
                    WHERE e.hall_code = ? AND e.service_day BETWEEN ? AND ?
                        AND t.first_called_at IS NOT NULL AND t.first_called_at <= ?) errors
                GROUP BY service_code ORDER BY service_code""")
                .params(close.toSeconds(), hall, from, to, Timestamp.from(asOf.isAfter(LATEST) ? LATEST : asOf))
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getInt(5)))
                .list();
    }

    record Row(String service, int tickets, double absoluteErrorSeconds, double errorSeconds, int close) {
    }
}
