package org.openhall.queue.device;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.DeviceState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeviceRepository {

    private final JdbcClient jdbc;

    DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A device's last report as stored. */
    record Row(String device, String kind, DeviceState state, @Nullable String detail, Instant since,
            Instant reportedAt) {
    }

    /** The device's state, locked until the transaction ends so that reports of one device take turns. */
    Optional<DeviceState> lockState(String hall, String device) {
        return jdbc.sql("SELECT state FROM device_status WHERE hall_code = ? AND device_id = ? FOR UPDATE")
                .params(hall, device).query((rs, n) -> DeviceState.valueOf(rs.getString(1))).optional();
    }

    /** Records a report; {@code since} moves only when the state changes. */
    void upsert(String hall, String device, String kind, DeviceState state, @Nullable String detail, Instant now) {
        Timestamp at = Timestamp.from(now);
        // MariaDB applies the assignments left to right: since is compared with the old state.
        jdbc.sql("""
                INSERT INTO device_status (hall_code, device_id, kind, state, detail, since, reported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE since = IF(state = VALUES(state), since, VALUES(since)),
                    kind = VALUES(kind), state = VALUES(state), detail = VALUES(detail),
                    reported_at = VALUES(reported_at)""")
                .params(hall, device, kind, state.name(), detail, at, at)
                .update();
    }

    Optional<Row> find(String hall, String device) {
        return jdbc.sql("SELECT * FROM device_status WHERE hall_code = ? AND device_id = ?").params(hall, device)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The hall's devices, by id. */
    List<Row> findByHall(String hall) {
        return jdbc.sql("SELECT * FROM device_status WHERE hall_code = ? ORDER BY device_id").param(hall)
                .query((rs, n) -> row(rs)).list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString("device_id"), rs.getString("kind"), DeviceState.valueOf(rs.getString("state")),
                rs.getString("detail"), rs.getTimestamp("since").toInstant(),
                rs.getTimestamp("reported_at").toInstant());
    }
}
