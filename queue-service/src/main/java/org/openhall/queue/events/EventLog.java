package org.openhall.queue.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only event log of every hall. {@link #append} must run inside a
 * {@link HallTransactions#write} of the same hall: the event then commits (or rolls back) with the
 * change it records, and its id is the next of the hall's sequence.
 */
@Component
public class EventLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventSignal signal;

    EventLog(JdbcClient jdbc, JsonMapper json, EventSignal signal) {
        this.jdbc = jdbc;
        this.json = json;
        this.signal = signal;
    }

    /** Appends an event in the current hall write transaction and returns it with its id. */
    public HallEvent append(String hall, String type, Instant at, @Nullable TicketView ticket,
            @Nullable WindowView window, @Nullable Long ticketRowId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are appended inside the hall's write transaction");
        }
        jdbc.sql("UPDATE hall_event_sequence SET last_id = last_id + 1 WHERE hall_code = ?").param(hall).update();
        long id = jdbc.sql("SELECT last_id FROM hall_event_sequence WHERE hall_code = ?").param(hall)
                .query(Long.class).single();
        HallEvent event = new HallEvent(id, type, hall, at, ticket, window);
        jdbc.sql("""
                INSERT INTO hall_event (hall_code, id, type, occurred_at, ticket_id, window_id, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(hall, id, type, Timestamp.from(at), ticketRowId, window != null ? window.id() : null,
                        json.writeValueAsString(event))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.committed(hall);
            }
        });
        return event;
    }

    /** Events of the hall after {@code afterId}, oldest first, at most {@code limit}. */
    public List<HallEvent> after(String hall, long afterId, int limit) {
        return jdbc.sql("SELECT payload FROM hall_event WHERE hall_code = ? AND id > ? ORDER BY id LIMIT ?")
                .params(hall, afterId, limit)
                .query((rs, n) -> json.readValue(rs.getString(1), HallEvent.class))
                .list();
    }

    /** The id of the hall's latest committed event (0 when none). */
    public long lastId(String hall) {
        return jdbc.sql("SELECT last_id FROM hall_event_sequence WHERE hall_code = ?").param(hall)
                .query(Long.class).optional().orElse(0L);
    }

    /** Whether the hall has a log at all (it exists). */
    public boolean hallExists(String hall) {
        return jdbc.sql("SELECT COUNT(*) FROM hall_event_sequence WHERE hall_code = ?").param(hall)
                .query(Long.class).single() > 0;
    }
}
