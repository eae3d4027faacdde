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
     * Per service of the hall's service day (the service the ticket was issued for), the estimates whose
     * ticket has been called: how many, the mean absolute error and the mean error (actual minus
     * estimated: positive when visitors waited longer than told), in seconds.
     */
    List<Row> accuracy(String hall, LocalDate day) {
        return jdbc.sql("""
                SELECT e.service_code, COUNT(*),
                    AVG(ABS(TIMESTAMPDIFF(MICROSECOND, e.estimated_at, t.first_called_at) / 1000000 - e.estimated_seconds)),
                    AVG(TIMESTAMPDIFF(MICROSECOND, e.estimated_at, t.first_called_at) / 1000000 - e.estimated_seconds)
                FROM wait_estimate e JOIN ticket t ON t.id = e.ticket_id
                WHERE e.hall_code = ? AND e.service_day = ? AND t.first_called_at IS NOT NULL
                GROUP BY e.service_code ORDER BY e.service_code""")
                .params(hall, day)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4)))
                .list();
    }

    record Row(String service, int tickets, double meanAbsoluteErrorSeconds, double meanErrorSeconds) {
    }
}
