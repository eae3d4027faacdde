package org.openhall.queue.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckInRepository {

    private static final String COLUMNS_P = "id, reference, hall_code, service_code, person_hash, masked_id, masked_name,"
            + " pre_review_status, NULL AS slot_start, NULL AS slot_end, checked_in_ticket_id";
    private static final String COLUMNS_A = "id, reference, hall_code, service_code, person_hash, masked_id, masked_name,"
            + " NULL AS pre_review_status, slot_start, slot_end, checked_in_ticket_id";

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CheckInItem> find(QrCode.Kind kind, String reference) {
        String sql = kind == QrCode.Kind.P
                ? "SELECT " + COLUMNS_P + " FROM pre_application WHERE reference = ?"
                : "SELECT " + COLUMNS_A + " FROM appointment WHERE reference = ?";
        return jdbc.sql(sql).param(reference).query((rs, n) -> item(kind, rs)).optional();
    }

    /** The person's pre-applications in the hall not yet checked in, oldest first. */
    List<CheckInItem> pendingPreApplications(String hall, String personHash) {
        return jdbc.sql("SELECT " + COLUMNS_P + " FROM pre_application WHERE hall_code = ? AND person_hash = ?"
                        + " AND checked_in_ticket_id IS NULL ORDER BY submitted_at, id")
                .params(hall, personHash).query((rs, n) -> item(QrCode.Kind.P, rs)).list();
    }

    /** The person's appointments in the hall starting in [from, to), by start. */
    List<CheckInItem> appointments(String hall, String personHash, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS_A + " FROM appointment WHERE hall_code = ? AND person_hash = ?"
                        + " AND slot_start >= ? AND slot_start < ? ORDER BY slot_start, id")
                .params(hall, personHash, ts(from), ts(to)).query((rs, n) -> item(QrCode.Kind.A, rs)).list();
    }

    void insertPreApplication(String reference, String hall, String service, String personHash, String maskedId,
            String maskedName, String status, @Nullable String materials, Instant submittedAt, Instant now) {
        jdbc.sql("""
                INSERT INTO pre_application (reference, hall_code, service_code, person_hash, masked_id, masked_name,
                    pre_review_status, materials, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, hall, service, personHash, maskedId, maskedName, status, materials,
                        ts(submittedAt), ts(now))
                .update();
    }

    void updatePreApplication(long id, String service, String personHash, String maskedId, String maskedName,
            String status, @Nullable String materials, Instant submittedAt, Instant now) {
        jdbc.sql("""
                UPDATE pre_application SET service_code = ?, person_hash = ?, masked_id = ?, masked_name = ?,
                    pre_review_status = ?, materials = ?, submitted_at = ?, updated_at = ? WHERE id = ?""")
                .params(service, personHash, maskedId, maskedName, status, materials, ts(submittedAt), ts(now), id)
                .update();
    }

    void insertAppointment(String reference, String hall, String service, String personHash, String maskedId,
            String maskedName, Instant slotStart, Instant slotEnd, Instant now) {
        jdbc.sql("""
                INSERT INTO appointment (reference, hall_code, service_code, person_hash, masked_id, masked_name,
                    slot_start, slot_end, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, hall, service, personHash, maskedId, maskedName, ts(slotStart), ts(slotEnd), ts(now))
                .update();
    }

    void updateAppointment(long id, String service, String personHash, String maskedId, String maskedName,
            Instant slotStart, Instant slotEnd, Instant now) {
        jdbc.sql("""
                UPDATE appointment SET service_code = ?, person_hash = ?, masked_id = ?, masked_name = ?,
                    slot_start = ?, slot_end = ?, updated_at = ? WHERE id = ?""")
                .params(service, personHash, maskedId, maskedName, ts(slotStart), ts(slotEnd), ts(now), id)
                .update();
    }

    /** Links the item to its ticket; false when it already had one. */
    boolean linkTicket(CheckInItem item, long ticketId) {
        String table = item.kind() == QrCode.Kind.P ? "pre_application" : "appointment";
        return jdbc.sql("UPDATE " + table + " SET checked_in_ticket_id = ? WHERE id = ? AND checked_in_ticket_id IS NULL")
                .params(ticketId, item.id()).update() == 1;
    }

    /**
     * Remembers a webhook request's signature; false when it was seen before (a replay). Forgets
     * signatures older than {@code forgetBefore}, which are refused as stale anyway.
     */
    boolean rememberSignature(String signature, Instant now, Instant forgetBefore) {
        jdbc.sql("DELETE FROM webhook_signature WHERE received_at < ?").param(ts(forgetBefore)).update();
        return jdbc.sql("INSERT IGNORE INTO webhook_signature (signature, received_at) VALUES (?, ?)")
                .params(signature, ts(now)).update() == 1;
    }

    private static CheckInItem item(QrCode.Kind kind, ResultSet rs) throws SQLException {
        long ticket = rs.getLong("checked_in_ticket_id");
        Long ticketId = rs.wasNull() ? null : ticket;
        return new CheckInItem(rs.getLong("id"), kind, rs.getString("reference"), rs.getString("hall_code"),
                rs.getString("service_code"), rs.getString("person_hash"), rs.getString("masked_id"),
                rs.getString("masked_name"), rs.getString("pre_review_status"), instant(rs, "slot_start"),
                instant(rs, "slot_end"), ticketId);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
