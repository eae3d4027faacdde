package org.openhall.queue.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.FeedbackView;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.feedback.FollowUpStatus.AppealReason;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Follow-ups of bad reviews and complaints: each opens exactly one, with a tracking number
 * ({@code FU-} + the hall's service day + a sequence of that day) and a deadline a configured number
 * of working days after that day; managers assign it, move it through its statuses with a note,
 * appeal it or answer the visitor. The server refuses any move {@link FollowUpStatus#next()} does not
 * allow; every change is noted with who made it and audited in the same transaction. A complaint's
 * own status follows its follow-up: in progress once verified, answered (with the answer) once answered.
 */
@Service
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final HallCatalog catalog;
    private final HallTransactions transactions;
    private final AuditLog audit;
    private final FollowUpProperties properties;
    private final Clock clock;

    FollowUps(JdbcClient jdbc, HallCatalog catalog, HallTransactions transactions, AuditLog audit,
            FollowUpProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a follow-up follows up. */
    public enum Source {
        RATING, COMPLAINT
    }

    /** A follow-up in a list. {@code overdue}: past its deadline (in the hall's days) and not final. */
    public record Summary(long id, String trackingNumber, String hall, Source source, FollowUpStatus status,
            @Nullable AppealReason appealReason, Instant openedAt, LocalDate deadline, boolean overdue,
            @Nullable Long assigneeId, @Nullable String assigneeName) {
    }

    /** A bad review as the manager sees it: the visit, the clerk and what the visitor said. */
    public record RatingSource(String ticketNumber, LocalDate serviceDay, LocalizedText service,
            @Nullable Integer windowNumber, @Nullable String clerk, int level, List<String> reasons,
            @Nullable String comment) {
    }

    /** A complaint as the manager sees it. */
    public record ComplaintSource(String feedbackTrackingNumber, String category, String text) {
    }

    /** One line of a follow-up's history. */
    public record Note(Instant at, @Nullable String staff, String action, @Nullable String note) {
    }

    /** A follow-up with its source, the visitor's contact (for managers only), the answer and its history. */
    public record Detail(Summary summary, @Nullable RatingSource rating, @Nullable ComplaintSource complaint,
            @Nullable String contact, @Nullable String answer, List<Note> notes) {
    }

    /** A staff member who may be given a follow-up. */
    public record Assignee(long id, String name, String role) {
    }

    /**
     * Opens the follow-up of a bad review, in the caller's write of the hall; returns its tracking
     * number. A rating has at most one.
     */
    public String openForRating(String hall, long ratingId) {
        return transactions.write(hall, () -> open(hall, "rating_id", ratingId));
    }

    /** Opens the follow-up of a complaint, in the caller's write of the hall. */
    String openForComplaint(String hall, long feedbackId) {
        return transactions.write(hall, () -> open(hall, "feedback_id", feedbackId));
    }

    private String open(String hall, String sourceColumn, long sourceId) {
        Hall theHall = catalog.hall(hall);
        Instant now = clock.instant();
        LocalDate day = theHall.serviceDayAt(now);
        jdbc.sql("""
                INSERT INTO follow_up_counter (day, last_value) VALUES (?, 1)
                ON DUPLICATE KEY UPDATE last_value = last_value + 1""").param(day).update();
        int sequence = jdbc.sql("SELECT last_value FROM follow_up_counter WHERE day = ?").param(day)
                .query(Integer.class).single();
        String trackingNumber = "FU-" + DAY.format(day) + "-" + String.format("%04d", sequence);
        LocalDate deadline = WorkingDays.after(day, properties.workingDays(), theHall.holidays());
        jdbc.sql("INSERT INTO follow_up (tracking_number, hall_code, " + sourceColumn
                        + ", status, opened_at, opened_day, deadline) VALUES (?, ?, ?, 'OPEN', ?, ?, ?)")
                .params(trackingNumber, hall, sourceId, Timestamp.from(now), day, deadline).update();
        long id = jdbc.sql("SELECT id FROM follow_up WHERE tracking_number = ?").param(trackingNumber)
                .query(Long.class).single();
        note(id, now, null, "OPENED", null);
        log.info("Opened follow-up {} in hall {}, due {}", trackingNumber, hall, deadline);
        return trackingNumber;
    }

    /**
     * Follow-ups of one hall (or of all when {@code hall} is null), of one status (or all): those not
     * final first, then by deadline.
     */
    public List<Summary> list(@Nullable String hall, @Nullable FollowUpStatus status) {
        return jdbc.sql(SUMMARY + " WHERE (:hall IS NULL OR f.hall_code = :hall) AND (:status IS NULL OR f.status = :status)"
                        + " ORDER BY f.status IN ('ANSWERED', 'APPEALED'), f.deadline, f.id LIMIT 500")
                .param("hall", hall).param("status", status == null ? null : status.name())
                .query(this::summary).list();
    }

    /** The follow-up with its source, contact and history; 404 {@code unknown-follow-up}. */
    public Detail detail(long id) {
        Summary summary = jdbc.sql(SUMMARY + " WHERE f.id = ?").param(id).query(this::summary).optional()
                .orElseThrow(() -> unknown(Long.toString(id)));
        RatingSource rating = null;
        ComplaintSource complaint = null;
        String contact;
        if (summary.source() == Source.RATING) {
            var row = jdbc.sql("""
                    SELECT r.ticket_number, r.service_day, r.service_code, r.window_number, s.display_name, r.level,
                        r.reasons, r.comment, r.contact
                    FROM follow_up f JOIN rating r ON r.id = f.rating_id LEFT JOIN staff_member s ON s.id = r.clerk_id
                    WHERE f.id = ?""").param(id).query((rs, n) -> new Object[] {
                            new RatingSource(rs.getString(1), rs.getObject(2, LocalDate.class),
                                    catalog.serviceName(summary.hall(), rs.getString(3)),
                                    (Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getInt(6),
                                    reasons(rs.getString(7)), rs.getString(8)),
                            rs.getString(9)}).single();
            rating = (RatingSource) row[0];
            contact = (String) row[1];
        } else {
            var row = jdbc.sql("""
                    SELECT b.tracking_number, b.category, b.text, b.contact
                    FROM follow_up f JOIN feedback b ON b.id = f.feedback_id WHERE f.id = ?""").param(id)
                    .query((rs, n) -> new Object[] {new ComplaintSource(rs.getString(1), rs.getString(2),
                            rs.getString(3)), rs.getString(4)}).single();
            complaint = (ComplaintSource) row[0];
            contact = (String) row[1];
        }
        String answer = jdbc.sql("SELECT answer FROM follow_up WHERE id = ?").param(id).query(String.class).optional()
                .orElse(null);
        List<Note> notes = jdbc.sql("""
                SELECT at, staff_name, action, note FROM follow_up_note WHERE follow_up_id = ? ORDER BY id""")
                .param(id).query((rs, n) -> new Note(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
        return new Detail(summary, rating, complaint, contact, answer, notes);
    }

    /** Managers and admins, who may be given a follow-up. */
    public List<Assignee> assignees() {
        return jdbc.sql("""
                SELECT id, display_name, role FROM staff_member WHERE active AND role IN ('MANAGER', 'ADMIN')
                ORDER BY display_name""").query((rs, n) -> new Assignee(rs.getLong(1), rs.getString(2),
                rs.getString(3))).list();
    }

    /** Gives the follow-up to a manager or admin; 400 {@code invalid-assignee} for anybody else. */
    public Detail assign(long id, long assigneeId, AuditEvent.Actor actor, @Nullable String remoteAddress) {
        return change(id, actor, remoteAddress, AuditAction.FOLLOW_UP_ASSIGN, (current, now) -> {
            Assignee assignee = assignees().stream().filter(a -> a.id() == assigneeId).findFirst()
                    .orElseThrow(() -> QueueException.badRequest("invalid-assignee",
                            "A follow-up goes to an active manager or admin."));
            refuseIfFinal(current);
            jdbc.sql("UPDATE follow_up SET assignee_id = ?, version = version + 1 WHERE id = ?")
                    .params(assigneeId, id).update();
            return new Change("ASSIGNED", "→ " + assignee.name(), null);
        });
    }

    /**
     * Moves the follow-up on to {@code VERIFIED} or {@code RECTIFIED} with a note of what was done;
     * 409 {@code follow-up-transition} for a move its status does not allow (appealing and answering
     * have their own methods, which say why and what).
     */
    public Detail move(long id, FollowUpStatus to, String note, AuditEvent.Actor actor,
            @Nullable String remoteAddress) {
        if (to != FollowUpStatus.VERIFIED && to != FollowUpStatus.RECTIFIED) {
            throw QueueException.badRequest("invalid-follow-up", "Appeal or answer a follow-up with its own action.");
        }
        String text = required(note, 1000, "Say what was done.");
        return change(id, actor, remoteAddress, AuditAction.FOLLOW_UP_STATUS, (current, now) -> {
            transition(current, to);
            jdbc.sql("UPDATE follow_up SET status = ?, version = version + 1 WHERE id = ?").params(to.name(), id)
                    .update();
            return new Change(to.name(), text, to);
        });
    }

    /** Appeals an open or verified follow-up as mistaken or malicious, with the grounds; it is then final. */
    public Detail appeal(long id, AppealReason reason, String grounds, AuditEvent.Actor actor,
            @Nullable String remoteAddress) {
        String text = required(grounds, 1000, "Say why the follow-up is appealed.");
        return change(id, actor, remoteAddress, AuditAction.FOLLOW_UP_APPEAL, (current, now) -> {
            transition(current, FollowUpStatus.APPEALED);
            jdbc.sql("""
                    UPDATE follow_up SET status = 'APPEALED', appeal_reason = ?, closed_at = ?, version = version + 1
                    WHERE id = ?""").params(reason.name(), Timestamp.from(now), id).update();
            return new Change("APPEALED", reason.name() + ": " + text, FollowUpStatus.APPEALED);
        });
    }

    /**
     * Answers the visitor: a rectified follow-up becomes {@code ANSWERED} with the answer, which the
     * visitor reads with the tracking number (and, for a complaint, with the complaint's).
     */
    public Detail answer(long id, String answer, AuditEvent.Actor actor, @Nullable String remoteAddress) {
        String text = IdNumbers.maskIn(required(answer, 2000, "Write the answer to the visitor."));
        return change(id, actor, remoteAddress, AuditAction.FOLLOW_UP_ANSWER, (current, now) -> {
            transition(current, FollowUpStatus.ANSWERED);
            jdbc.sql("""
                    UPDATE follow_up SET status = 'ANSWERED', answer = ?, closed_at = ?, version = version + 1
                    WHERE id = ?""").params(text, Timestamp.from(now), id).update();
            jdbc.sql("UPDATE feedback SET status = 'ANSWERED', answer = ? WHERE id = (SELECT feedback_id FROM"
                    + " follow_up WHERE id = ?)").params(text, id).update();
            return new Change("ANSWERED", text, FollowUpStatus.ANSWERED);
        });
    }

    /**
     * A bad review's follow-up as the visitor may see it with its tracking number: kind {@code RATING},
     * category the level ({@code DISSATISFIED}, {@code VERY_DISSATISFIED}), status {@code RECEIVED}
     * while open, {@code IN_PROGRESS} while verified, rectified or appealed, and {@code ANSWERED} with
     * the answer. Never the contact or what the visitor wrote.
     */
    FeedbackView visitorView(String trackingNumber) {
        return jdbc.sql("""
                SELECT f.tracking_number, f.hall_code, r.level, f.status, f.opened_at, f.answer
                FROM follow_up f JOIN rating r ON r.id = f.rating_id WHERE f.tracking_number = ?""")
                .param(trackingNumber)
                .query((rs, n) -> new FeedbackView(rs.getString(1), rs.getString(2), "RATING",
                        rs.getInt(3) == 1 ? "VERY_DISSATISFIED" : "DISSATISFIED",
                        visitorStatus(FollowUpStatus.valueOf(rs.getString(4))), rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .optional()
                .orElseThrow(() -> unknown(trackingNumber));
    }

    private static String visitorStatus(FollowUpStatus status) {
        return switch (status) {
            case OPEN -> "RECEIVED";
            case VERIFIED, RECTIFIED, APPEALED -> "IN_PROGRESS";
            case ANSWERED -> "ANSWERED";
        };
    }

    private record Change(String action, @Nullable String note, @Nullable FollowUpStatus to) {
    }

    private interface Step {
        Change apply(Summary current, Instant now);
    }

    private Detail change(long id, AuditEvent.Actor actor, @Nullable String remoteAddress, AuditAction action,
            Step step) {
        String hall = jdbc.sql("SELECT hall_code FROM follow_up WHERE id = ?").param(id).query(String.class)
                .optional().orElseThrow(() -> unknown(Long.toString(id)));
        transactions.write(hall, () -> {
            Summary current = jdbc.sql(SUMMARY + " WHERE f.id = ? FOR UPDATE").param(id).query(this::summary)
                    .single();
            Instant now = clock.instant();
            Change change = step.apply(current, now);
            if (change.to() == FollowUpStatus.VERIFIED) {
                jdbc.sql("UPDATE feedback SET status = 'IN_PROGRESS' WHERE status = 'RECEIVED' AND id ="
                        + " (SELECT feedback_id FROM follow_up WHERE id = ?)").param(id).update();
            }
            note(id, now, actor, change.action(), change.note());
            audit.record(actor, action, hall, AuditEvent.Target.followUp(hall, current.trackingNumber()),
                    current.trackingNumber() + " " + change.action(), remoteAddress);
            log.info("Follow-up {} in hall {}: {} by {}", current.trackingNumber(), hall, change.action(),
                    actor.username());
            return current;
        });
        return detail(id);
    }

    private static void transition(Summary current, FollowUpStatus to) {
        if (!current.status().next().contains(to)) {
            throw QueueException.conflict("follow-up-transition", "A follow-up " + current.status().name()
                    .toLowerCase(Locale.ROOT) + " cannot become " + to.name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static void refuseIfFinal(Summary current) {
        if (current.status().isFinal()) {
            throw QueueException.conflict("follow-up-transition", "The follow-up is closed.");
        }
    }

    private void note(long id, Instant at, AuditEvent.@Nullable Actor actor, String action, @Nullable String note) {
        String name = actor == null || actor.id() == null ? null
                : jdbc.sql("SELECT display_name FROM staff_member WHERE id = ?").param(actor.id()).query(String.class)
                        .optional().orElse(actor.username());
        jdbc.sql("INSERT INTO follow_up_note (follow_up_id, at, staff_id, staff_name, action, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(at), actor == null ? null : actor.id(), name, action,
                        note == null ? null : IdNumbers.maskIn(note))
                .update();
    }

    private static final String SUMMARY = """
            SELECT f.id, f.tracking_number, f.hall_code, f.rating_id, f.status, f.appeal_reason, f.opened_at,
                f.deadline, f.assignee_id, s.display_name
            FROM follow_up f LEFT JOIN staff_member s ON s.id = f.assignee_id""";

    private Summary summary(ResultSet rs, int row) throws SQLException {
        String hall = rs.getString(3);
        FollowUpStatus status = FollowUpStatus.valueOf(rs.getString(5));
        LocalDate deadline = rs.getObject(8, LocalDate.class);
        boolean overdue = !status.isFinal() && catalog.hall(hall).serviceDayAt(clock.instant()).isAfter(deadline);
        String appeal = rs.getString(6);
        return new Summary(rs.getLong(1), rs.getString(2), hall,
                rs.getObject(4) == null ? Source.COMPLAINT : Source.RATING, status,
                appeal == null ? null : AppealReason.valueOf(appeal), rs.getTimestamp(7).toInstant(), deadline,
                overdue, (Long) rs.getObject(9, Long.class), rs.getString(10));
    }

    private static List<String> reasons(@Nullable String reasons) {
        return reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }

    private static String required(@Nullable String text, int max, String missing) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw QueueException.badRequest("invalid-follow-up", missing);
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw QueueException.badRequest("invalid-follow-up", "At most " + max + " characters.");
        }
        return stripped;
    }

    private static QueueException unknown(String trackingNumber) {
        return QueueException.notFound("unknown-follow-up", "There is no follow-up " + trackingNumber + ".");
    }
}
