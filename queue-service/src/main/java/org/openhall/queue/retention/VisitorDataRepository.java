package org.openhall.queue.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The columns of other modules' tables that hold visitor data, and the statements that remove them.
 * Every statement is limited to one hall and to rows that still hold something to remove, so a
 * batch is bounded and running it again changes nothing.
 */
@Repository
class VisitorDataRepository {

    private final JdbcClient jdbc;

    VisitorDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ids of the hall's tickets of service days before {@code firstKeptDay} that still carry the
     * visitor's ID hash, masked name or a transfer note, oldest first.
     */
    List<Long> ticketsToAnonymise(String hall, LocalDate firstKeptDay, int limit) {
        return jdbc.sql("""
                SELECT id FROM ticket WHERE hall_code = :hall AND service_day < :day
                    AND (person_hash IS NOT NULL OR holder_masked IS NOT NULL OR note IS NOT NULL
                        OR EXISTS (SELECT 1 FROM visit_record v WHERE v.ticket_id = ticket.id AND v.note IS NOT NULL))
                ORDER BY id LIMIT :limit""")
                .param("hall", hall).param("day", firstKeptDay).param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Removes the masked name from the events of these tickets: each event carries the ticket as it
     * was then, holder included. The rest of the event stays as the stream served it.
     */
    int removeHoldersFromEvents(List<Long> ticketIds) {
        return jdbc.sql("""
                UPDATE hall_event SET payload = JSON_REPLACE(payload, '$.ticket.holder', NULL)
                WHERE ticket_id IN (:ids) AND JSON_TYPE(JSON_EXTRACT(payload, '$.ticket.holder')) = 'STRING'""")
                .param("ids", ticketIds).update();
    }

    /**
     * Clears the ID hash, masked name and transfer note of these tickets, and the clerk's note on
     * their visits; everything else stays (the materials checklist holds nothing personal).
     */
    int anonymiseTickets(List<Long> ticketIds) {
        jdbc.sql("UPDATE visit_record SET note = NULL WHERE ticket_id IN (:ids) AND note IS NOT NULL")
                .param("ids", ticketIds).update();
        return jdbc.sql("""
                UPDATE ticket SET person_hash = NULL, holder_masked = NULL, note = NULL, version = version + 1
                WHERE id IN (:ids)""")
                .param("ids", ticketIds).update();
    }

    /**
     * Deletes the hall's idempotency keys created before {@code keepFrom}: a kiosk retries within
     * seconds, and the request hash of a ticket taken by ID number is derived from the person's hash.
     */
    int deleteIdempotencyKeys(String hall, Instant keepFrom, int limit) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE hall_code = :hall AND created_at < :keepFrom LIMIT :limit")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit).update();
    }

    /**
     * Deletes the hall's pre-applications last sent by the portal before {@code keepFrom} and not
     * checked in since then. Nothing refers to a pre-application; its ticket keeps the channel.
     */
    int deletePreApplications(String hall, Instant keepFrom, int limit) {
        return jdbc.sql("""
                DELETE FROM pre_application WHERE hall_code = :hall AND updated_at < :keepFrom
                    AND NOT EXISTS (SELECT 1 FROM ticket t
                        WHERE t.id = pre_application.checked_in_ticket_id AND t.issued_at >= :keepFrom)
                LIMIT :limit""")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit).update();
    }

    /**
     * Deletes the hall's appointments whose slot ended, and which the portal last sent, before
     * {@code keepFrom}, and not checked in since then. Nothing refers to an appointment; its ticket
     * keeps the channel, the priority and the booked time.
     */
    int deleteAppointments(String hall, Instant keepFrom, int limit) {
        return jdbc.sql("""
                DELETE FROM appointment WHERE hall_code = :hall AND slot_end < :keepFrom AND updated_at < :keepFrom
                    AND NOT EXISTS (SELECT 1 FROM ticket t
                        WHERE t.id = appointment.checked_in_ticket_id AND t.issued_at >= :keepFrom)
                LIMIT :limit""")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit).update();
    }

    /**
     * Clears the contact, the visitor's text (to {@code ''}, which a submission can never be) and the
     * answer of the hall's feedback submitted before {@code keepFrom}; kind, category, status,
     * tracking number, time and ticket reference stay.
     */
    int anonymiseFeedback(String hall, Instant keepFrom, int limit) {
        return jdbc.sql("""
                UPDATE feedback SET contact = NULL, text = '', answer = NULL
                WHERE hall_code = :hall AND submitted_at < :keepFrom
                    AND (contact IS NOT NULL OR text <> '' OR answer IS NOT NULL)
                LIMIT :limit""")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit).update();
    }

    /**
     * Clears the comment and the contact of the hall's ratings given before {@code keepFrom}; the
     * level, reasons, channel, time and where the visit happened stay.
     */
    int anonymiseRatings(String hall, Instant keepFrom, int limit) {
        return jdbc.sql("""
                UPDATE rating SET comment = NULL, contact = NULL
                WHERE hall_code = :hall AND rated_at < :keepFrom AND (comment IS NOT NULL OR contact IS NOT NULL)
                LIMIT :limit""")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit).update();
    }

    /**
     * Ids of the hall's follow-ups opened before {@code keepFrom} that still hold an answer or a note,
     * oldest first.
     */
    List<Long> followUpsToAnonymise(String hall, Instant keepFrom, int limit) {
        return jdbc.sql("""
                SELECT f.id FROM follow_up f WHERE f.hall_code = :hall AND f.opened_at < :keepFrom
                    AND (f.answer IS NOT NULL
                        OR EXISTS (SELECT 1 FROM follow_up_note n WHERE n.follow_up_id = f.id AND n.note IS NOT NULL))
                ORDER BY f.id LIMIT :limit""")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Clears the answer to the visitor and the managers' notes of these follow-ups, which may describe
     * the visitor; tracking number, status, appeal reason, dates, assignee and who did what stay.
     */
    int anonymiseFollowUps(List<Long> ids) {
        jdbc.sql("UPDATE follow_up_note SET note = NULL WHERE follow_up_id IN (:ids) AND note IS NOT NULL")
                .param("ids", ids).update();
        jdbc.sql("UPDATE follow_up SET answer = NULL, version = version + 1 WHERE id IN (:ids) AND answer IS NOT NULL")
                .param("ids", ids).update();
        return ids.size();
    }

    /**
     * Deletes the messages, and clears the ticket reference, of the hall's consultations whose last
     * activity came before {@code keepFrom} (closed by then: an idle one is closed long before);
     * service, channel, status and times stay. Returns how many consultations it changed.
     */
    int anonymiseConsultations(String hall, Instant keepFrom, int limit) {
        List<Long> ids = jdbc.sql("""
                SELECT c.id FROM consultation c WHERE c.hall_code = :hall AND c.last_activity_at < :keepFrom
                    AND c.status = 'CLOSED'
                    AND (c.ticket_ref IS NOT NULL OR EXISTS (SELECT 1 FROM consultation_message m WHERE m.consultation_id = c.id))
                ORDER BY c.id LIMIT :limit""")
                .param("hall", hall).param("keepFrom", Timestamp.from(keepFrom)).param("limit", limit)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("DELETE FROM consultation_message WHERE consultation_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("UPDATE consultation SET ticket_ref = NULL, version = version + 1 WHERE id IN (:ids)")
                .param("ids", ids).update();
        return ids.size();
    }
}
