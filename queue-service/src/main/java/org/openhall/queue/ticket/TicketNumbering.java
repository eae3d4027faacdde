package org.openhall.queue.ticket;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Daily ticket numbers: one counter row per hall, prefix and service day, incremented inside the
 * ticket's transaction. A new day simply starts a new row, so numbering restarts at the hall's
 * local day start with no scheduled job; the unique key on (hall, day, number) makes a duplicate
 * impossible even if two instances raced.
 */
@Component
class TicketNumbering {

    private final JdbcClient jdbc;

    TicketNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many tickets of the prefix were already issued that day. */
    int issued(String hall, String prefix, LocalDate day) {
        return jdbc.sql("SELECT last_value FROM ticket_counter WHERE hall_code = ? AND prefix = ? AND service_day = ?")
                .params(hall, prefix, day).query(Integer.class).optional().orElse(0);
    }

    /** Takes the next sequence value of the prefix for that day (1 for the first ticket). */
    int next(String hall, String prefix, LocalDate day) {
        jdbc.sql("""
                INSERT INTO ticket_counter (hall_code, prefix, service_day, last_value) VALUES (?, ?, ?, 1)
                ON DUPLICATE KEY UPDATE last_value = last_value + 1""")
                .params(hall, prefix, day).update();
        return issued(hall, prefix, day);
    }

    /** {@code A} and 23 give {@code A023}; past 999 the number simply grows ({@code A1000}). */
    static String format(String prefix, int sequence) {
        return prefix + String.format("%03d", sequence);
    }
}
