package org.openhall.queue.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.queue.policy.WaitingTicket;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class TicketRepository {

    private static final String WAITING = "('WAITING','TRANSFERRED')";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Ticket t) {
        return insert(t, null);
    }

    /** Inserts a new ticket, bound to a person (the keyed hash of their ID number) when given. */
    long insert(Ticket t, @Nullable String personHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ticket (public_id, hall_code, service_day, number, service_code, channel, priority, status,
                    issued_at, waiting_since, appointment_at, person_hash, holder_masked, call_count, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""")
                .params(t.publicId(), t.hall(), t.serviceDay(), t.number(), t.service(), t.channel().name(),
                        t.priority().name(), t.status().name(), ts(t.issuedAt()), ts(t.waitingSince()),
                        ts(t.appointmentAt()), personHash, t.holder())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Saves a state change only if the ticket is still as it was read (same version), so two
     * windows can never both claim it, on one database node or across a cluster.
     */
    void update(Ticket t) {
        int rows = jdbc.sql("""
                UPDATE ticket SET service_code = ?, status = ?, waiting_since = ?, first_called_at = ?, called_at = ?, started_at = ?,
                    ended_at = ?, window_id = ?, target_window_id = ?, call_count = ?, note = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(t.service(), t.status().name(), ts(t.waitingSince()), ts(t.firstCalledAt()), ts(t.calledAt()), ts(t.startedAt()),
                        ts(t.endedAt()), t.windowId(), t.targetWindowId(), t.callCount(), t.note(), t.id(),
                        t.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Ticket " + t.number() + " changed meanwhile");
        }
    }

    Optional<Ticket> findByPublicId(String publicId) {
        return jdbc.sql("SELECT * FROM ticket WHERE public_id = ?").param(publicId).query((rs, n) -> ticket(rs)).optional();
    }

    /** The ticket of the hall with that number on that service day. */
    Optional<Ticket> findByNumber(String hall, LocalDate day, String number) {
        return jdbc.sql("SELECT * FROM ticket WHERE hall_code = ? AND service_day = ? AND number = ?")
                .params(hall, day, number).query((rs, n) -> ticket(rs)).optional();
    }

    /** Tickets of the person for the service that day that are still active: waiting, transferred, called or serving. */
    long countActiveOfPerson(String hall, LocalDate day, String service, String personHash) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ticket WHERE hall_code = ? AND service_day = ? AND person_hash = ?
                    AND service_code = ? AND status IN ('WAITING','TRANSFERRED','CALLED','SERVING')""")
                .params(hall, day, personHash, service).query(Long.class).single();
    }

    Optional<Ticket> findById(long id) {
        return jdbc.sql("SELECT * FROM ticket WHERE id = ?").param(id).query((rs, n) -> ticket(rs)).optional();
    }

    /**
     * Waiting tickets a window could call (of its services, or transferred to it), as the call
     * policy sees them; only the columns it needs are read, since a busy hall has thousands.
     */
    List<WaitingTicket> findCallable(String hall, Collection<String> services, long windowId) {
        String servicesClause = services.isEmpty() ? "" : "service_code IN (:services) OR ";
        var spec = jdbc.sql("SELECT public_id, service_code, priority, waiting_since, id, target_window_id, appointment_at"
                        + " FROM ticket WHERE hall_code = :hall AND status IN " + WAITING
                        + " AND (" + servicesClause + "target_window_id = :window)")
                .param("hall", hall).param("window", windowId);
        if (!services.isEmpty()) {
            spec = spec.param("services", services);
        }
        return spec.query((rs, n) -> waitingTicket(rs)).list();
    }

    /** All waiting tickets of a hall as the call policy sees them, reading only the columns it needs. */
    List<WaitingTicket> findWaitingToCall(String hall) {
        return jdbc.sql("SELECT public_id, service_code, priority, waiting_since, id, target_window_id, appointment_at"
                        + " FROM ticket WHERE hall_code = ? AND status IN " + WAITING + " ORDER BY waiting_since, id")
                .param(hall).query((rs, n) -> waitingTicket(rs)).list();
    }

    private static WaitingTicket waitingTicket(ResultSet rs) throws SQLException {
        long target = rs.getLong(6);
        Long targetWindow = rs.wasNull() ? null : target;
        Timestamp appointment = rs.getTimestamp(7);
        return new WaitingTicket(rs.getString(1), rs.getString(2), Priority.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getLong(5), targetWindow,
                appointment == null ? null : appointment.toInstant());
    }

    /**
     * People ahead of a waiting ticket in its queue: tickets of its service (or reserved for the
     * same window) in a higher priority class, or in the same class waiting longer.
     */
    int countAhead(Ticket t) {
        String queue = t.targetWindowId() == null
                ? "target_window_id IS NULL AND service_code = :service"
                : "target_window_id = :target";
        return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = :hall AND status IN " + WAITING
                        + " AND id <> :id AND " + queue + " AND (" + RANK + " > :rank OR (" + RANK + " = :rank AND"
                        + " (waiting_since < :since OR (waiting_since = :since AND id < :id))))")
                .param("hall", t.hall()).param("id", t.id()).param("service", t.service())
                .param("target", t.targetWindowId()).param("rank", rank(t.priority()))
                .param("since", Timestamp.from(t.waitingSince()))
                .query(Integer.class).single();
    }

    private static final String RANK =
            "(CASE priority WHEN 'GREEN_CHANNEL' THEN 2 WHEN 'APPOINTMENT' THEN 1 ELSE 0 END)";

    static int rank(Priority priority) {
        return switch (priority) {
            case GREEN_CHANNEL -> 2;
            case APPOINTMENT -> 1;
            case NORMAL -> 0;
        };
    }

    /** All waiting tickets of a hall, for queue positions and the snapshot. */
    List<Ticket> findWaiting(String hall) {
        return jdbc.sql("SELECT * FROM ticket WHERE hall_code = ? AND status IN " + WAITING + " ORDER BY waiting_since, id")
                .param(hall).query((rs, n) -> ticket(rs)).list();
    }

    /** Tickets held at windows of the hall (called or being served), newest call first. */
    List<Ticket> findAtWindows(String hall) {
        return jdbc.sql("SELECT * FROM ticket WHERE hall_code = ? AND status IN ('CALLED','SERVING') ORDER BY called_at DESC, id DESC")
                .param(hall).query((rs, n) -> ticket(rs)).list();
    }

    Optional<Ticket> findAtWindow(long windowId) {
        return jdbc.sql("SELECT * FROM ticket WHERE window_id = ? AND status IN ('CALLED','SERVING') ORDER BY called_at DESC LIMIT 1")
                .param(windowId).query((rs, n) -> ticket(rs)).optional();
    }

    /** The last tickets called in the hall on a service day, newest first. */
    List<Ticket> findRecentlyCalled(String hall, LocalDate day, int limit) {
        return jdbc.sql("SELECT * FROM ticket WHERE hall_code = ? AND service_day = ? AND called_at IS NOT NULL ORDER BY called_at DESC, id DESC LIMIT ?")
                .params(hall, day, limit).query((rs, n) -> ticket(rs)).list();
    }

    /**
     * How long the hall's recent visits took their window, per service: from the (last) call to the end,
     * served or no-show, of at most {@code perService} visits per service that ended since {@code since},
     * newest first.
     */
    Map<String, List<Duration>> recentVisits(String hall, Instant since, int perService) {
        Map<String, List<Duration>> visits = new HashMap<>();
        jdbc.sql("""
                SELECT service_code, TIMESTAMPDIFF(MICROSECOND, called_at, ended_at) FROM (
                    SELECT service_code, called_at, ended_at,
                        ROW_NUMBER() OVER (PARTITION BY service_code ORDER BY ended_at DESC, id DESC) AS n
                    FROM ticket
                    WHERE hall_code = ? AND status IN ('DONE','NO_SHOW') AND ended_at >= ? AND called_at IS NOT NULL) recent
                WHERE n <= ? ORDER BY service_code, n""")
                .params(hall, ts(since), perService)
                .query(rs -> {
                    visits.computeIfAbsent(rs.getString(1), s -> new ArrayList<>())
                            .add(Duration.ofNanos(rs.getLong(2) * 1000));
                });
        return visits;
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        long windowId = rs.getLong("window_id");
        Long window = rs.wasNull() ? null : windowId;
        long targetId = rs.getLong("target_window_id");
        Long target = rs.wasNull() ? null : targetId;
        return new Ticket(rs.getLong("id"), rs.getString("public_id"), rs.getString("hall_code"),
                rs.getDate("service_day").toLocalDate(), rs.getString("number"), rs.getString("service_code"),
                Channel.valueOf(rs.getString("channel")), Priority.valueOf(rs.getString("priority")),
                TicketStatus.valueOf(rs.getString("status")), instant(rs, "issued_at"), instant(rs, "waiting_since"),
                instant(rs, "first_called_at"), instant(rs, "called_at"), instant(rs, "started_at"), instant(rs, "ended_at"), window, target,
                rs.getInt("call_count"), instant(rs, "appointment_at"), rs.getString("note"), rs.getString("holder_masked"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
