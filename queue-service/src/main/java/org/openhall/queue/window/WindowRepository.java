package org.openhall.queue.window;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WindowRepository {

    /** A window with the name and badge of its clerk, read in the same row. */
    private static final String SELECT = """
            SELECT w.*, s.display_name AS clerk_name, s.badge AS clerk_badge
            FROM service_window w LEFT JOIN staff_member s ON s.id = w.clerk_id""";

    private final JdbcClient jdbc;

    WindowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceWindow> find(long id) {
        Optional<ServiceWindow> window = jdbc.sql(SELECT + " WHERE w.id = ?").param(id)
                .query((rs, n) -> window(rs, new LinkedHashMap<>())).optional();
        window.ifPresent(w -> loadWeights(List.of(w)));
        return window;
    }

    List<ServiceWindow> findByHall(String hall) {
        List<ServiceWindow> windows = jdbc.sql(SELECT + " WHERE w.hall_code = ? ORDER BY w.number")
                .param(hall).query((rs, n) -> window(rs, new LinkedHashMap<>())).list();
        loadWeights(windows);
        return windows;
    }

    @org.jspecify.annotations.Nullable Integer number(long id) {
        return jdbc.sql("SELECT number FROM service_window WHERE id = ?").param(id).query(Integer.class).optional()
                .orElse(null);
    }

    int countOpenServing(String hall, String service) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM service_window w JOIN window_service s ON s.window_id = w.id
                WHERE w.hall_code = ? AND w.state = 'OPEN' AND s.service_code = ?""")
                .params(hall, service).query(Integer.class).single();
    }

    /** The name and badge of an active staff member, to seat them at a window. */
    Optional<WindowView.Clerk> findClerk(long staffMemberId) {
        return jdbc.sql("SELECT display_name, badge FROM staff_member WHERE id = ? AND active")
                .param(staffMemberId).query((rs, n) -> new WindowView.Clerk(rs.getString(1), rs.getString(2))).optional();
    }

    /** The window the staff member is seated at, if any. */
    Optional<Seat> seatOf(long staffMemberId) {
        return jdbc.sql("SELECT id, hall_code, number FROM service_window WHERE clerk_id = ?").param(staffMemberId)
                .query((rs, n) -> new Seat(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional();
    }

    record Seat(long windowId, String hall, int number) {
    }

    /** Fills in the windows' services after their rows are read (never from inside a row mapper). */
    private void loadWeights(List<ServiceWindow> windows) {
        if (windows.isEmpty()) {
            return;
        }
        Map<Long, ServiceWindow> byId = new LinkedHashMap<>();
        windows.forEach(w -> byId.put(w.id(), w));
        jdbc.sql("SELECT window_id, service_code, weight FROM window_service WHERE window_id IN (:ids)"
                        + " ORDER BY window_id, weight DESC, service_code")
                .param("ids", byId.keySet())
                .query(r -> {
                    byId.get(r.getLong(1)).addService(r.getString(2), r.getBigDecimal(3).doubleValue());
                });
    }

    private static ServiceWindow window(ResultSet rs, Map<String, Double> weights) throws SQLException {
        Timestamp since = rs.getTimestamp("state_since");
        long clerk = rs.getLong("clerk_id");
        Long clerkId = rs.wasNull() ? null : clerk;
        return new ServiceWindow(rs.getLong("id"), rs.getString("hall_code"), rs.getInt("number"),
                new LocalizedText(rs.getString("label_zh"), rs.getString("label_en")), weights,
                rs.getBoolean("priority_only"), rs.getBoolean("normal_only"), WindowState.valueOf(rs.getString("state")),
                rs.getString("pause_reason"), since == null ? null : since.toInstant(), clerkId,
                clerkId == null ? null : new WindowView.Clerk(rs.getString("clerk_name"), rs.getString("clerk_badge")),
                rs.getInt("version"));
    }

    /** Saves a state change, only if nobody changed the window since it was read. */
    void updateState(ServiceWindow window) {
        int rows = jdbc.sql("""
                UPDATE service_window SET state = ?, pause_reason = ?, state_since = ?, clerk_id = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(window.state().name(), window.pauseReason(),
                        window.stateSince() == null ? null : Timestamp.from(window.stateSince()), window.clerkId(),
                        window.id(), window.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Window " + window.id() + " changed meanwhile");
        }
    }

    long insert(String hall, int number, LocalizedText label, Map<String, Double> weights, boolean priorityOnly,
            boolean normalOnly) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO service_window (hall_code, number, label_zh, label_en, state, priority_only, normal_only)
                VALUES (?, ?, ?, ?, 'CLOSED', ?, ?)""")
                .params(hall, number, label.zh(), label.en(), priorityOnly, normalOnly)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        weights.forEach((service, weight) -> jdbc.sql(
                "INSERT INTO window_service (window_id, hall_code, service_code, weight) VALUES (?, ?, ?, ?)")
                .params(id, hall, service, weight).update());
        return id;
    }

    /**
     * Saves a window's settings and replaces its services, only if nobody changed the window since
     * it was read.
     */
    void updateSettings(ServiceWindow window, WindowSettings settings) {
        int rows = jdbc.sql("""
                UPDATE service_window SET number = ?, label_zh = ?, label_en = ?, priority_only = ?, normal_only = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(settings.number(), settings.label().zh(), settings.label().en(), settings.priorityOnly(),
                        settings.normalOnly(), window.id(), window.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Window " + window.id() + " changed meanwhile");
        }
        jdbc.sql("DELETE FROM window_service WHERE window_id = ?").param(window.id()).update();
        settings.weights().forEach((service, weight) -> jdbc.sql(
                "INSERT INTO window_service (window_id, hall_code, service_code, weight) VALUES (?, ?, ?, ?)")
                .params(window.id(), window.hall(), service, weight).update());
    }

    /** The id of the hall's window with that number, if any. */
    Optional<Long> idOfNumber(String hall, int number) {
        return jdbc.sql("SELECT id FROM service_window WHERE hall_code = ? AND number = ?").params(hall, number)
                .query(Long.class).optional();
    }
}
