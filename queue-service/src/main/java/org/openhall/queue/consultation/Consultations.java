package org.openhall.queue.consultation;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.ConsultationView.Author;
import org.openhall.client.api.ConsultationView.ClosedBy;
import org.openhall.client.api.ConsultationView.Status;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.WindowView;
import org.openhall.queue.QueueProperties;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visitors' consultations and the staff desk that answers them.
 * <ul>
 * <li>A visitor opens one about a service of the hall with a question, and gets its unguessable id.
 * They follow it, write more, and may close it.
 * <li>Staff allowed to consult (managers and admins always) see the hall's open conversations, take
 * one (of two taking the same at once, one wins and the other is told who has it), answer, insert
 * a service's guide, hand it over to another service's queue with a note, and close it.
 * <li>Texts are plain text, 1 to 1000 characters for visitors and 2000 for staff; they are stored
 * as typed and every page shows them as text.
 * <li>A conversation nobody wrote in for {@code openhall.consultation.idle-close} is closed.
 * </ul>
 */
@Service
public class Consultations {

    private static final Logger log = LoggerFactory.getLogger(Consultations.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int VISITOR_MAX = 1000;
    private static final int STAFF_MAX = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HallCatalog catalog;
    private final ConsultationSignal signal;
    private final ConsultationProperties properties;
    private final String baseUrl;
    private final Clock clock;

    Consultations(JdbcClient jdbc, TransactionTemplate transactions, HallCatalog catalog, ConsultationSignal signal,
            ConsultationProperties properties, QueueProperties queue, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.catalog = catalog;
        this.signal = signal;
        this.properties = properties;
        this.baseUrl = queue.baseUrl();
        this.clock = clock;
    }

    // ---- Visitors ------------------------------------------------------------------------------

    /**
     * Opens a visitor's consultation. Refuses with 400 {@code invalid-consultation} a missing service
     * or a question that is empty, too long or not text, 404 {@code unknown-hall},
     * {@code unknown-service} and {@code unknown-ticket} (a ticket named that is not of this hall).
     */
    public ConsultationView open(String hall, @Nullable ConsultationRequest request) {
        if (request == null || request.service() == null || request.service().isBlank()) {
            throw invalid("invalid-consultation", "Say which service the question is about.");
        }
        String question = text(request.question(), VISITOR_MAX, "invalid-consultation", "Write your question");
        String channel = request.channel() == null || request.channel().isBlank() ? "WEB"
                : request.channel().strip().toUpperCase(Locale.ROOT);
        if (!channel.equals("WEB") && !channel.equals("KIOSK")) {
            throw invalid("invalid-consultation", "channel is WEB or KIOSK.");
        }
        Hall theHall = catalog.hall(hall);
        ServiceDefinition service = catalog.service(hall, request.service().strip());
        String ticket = request.ticket() == null || request.ticket().isBlank() ? null : request.ticket().strip();
        if (ticket != null && (!ticket.matches("[A-Za-z0-9_-]{1,32}") || jdbc.sql(
                "SELECT COUNT(*) FROM ticket WHERE public_id = ? AND hall_code = ?").params(ticket, hall)
                .query(Long.class).single() == 0)) {
            throw QueueException.notFound("unknown-ticket", "There is no such ticket in this hall.");
        }
        Instant now = now();
        String publicId = newPublicId();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    INSERT INTO consultation (public_id, hall_code, service_code, channel, ticket_ref, status, opened_at,
                        opened_day, waiting_since, last_activity_at)
                    VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?)""")
                    .params(publicId, hall, service.code(), channel, ticket, ts(now), theHall.serviceDayAt(now),
                            ts(now), ts(now))
                    .update();
            long id = jdbc.sql("SELECT id FROM consultation WHERE public_id = ?").param(publicId).query(Long.class)
                    .single();
            insertMessage(id, Author.VISITOR, null, null, question, null, now);
            signal.changed(hall, publicId);
        });
        log.info("Consultation opened in hall {} about {} ({})", hall, service.code(), channel);
        return view(publicId);
    }

    /** The conversation as its visitor sees it; 404 {@code unknown-consultation} for no such id. */
    public ConsultationView view(String publicId) {
        Row row = row(publicId, false);
        return view(row, messages(row.id(), 0));
    }

    /** The messages of the conversation after the one with id {@code afterId}, oldest first. */
    public List<ConsultationView.Message> messagesAfter(String publicId, long afterId) {
        return messages(row(publicId, false).id(), afterId);
    }

    /**
     * The visitor's next message. Refuses with 400 {@code invalid-message} an empty or too long one,
     * 409 {@code consultation-closed} once closed, and 429 {@code too-fast} past
     * {@code openhall.consultation.messages-per-minute} in the last minute.
     */
    public ConsultationView send(String publicId, @Nullable String message) {
        String text = text(message, VISITOR_MAX, "invalid-message", "Write a message");
        Row row = write(publicId, (current, now) -> {
            requireOpen(current);
            int lastMinute = jdbc.sql("""
                    SELECT COUNT(*) FROM consultation_message WHERE consultation_id = ? AND author = 'VISITOR' AND at > ?""")
                    .params(current.id(), ts(now.minus(Duration.ofMinutes(1)))).query(Integer.class).single();
            if (lastMinute >= properties.messagesPerMinute()) {
                throw new QueueException(HttpStatus.TOO_MANY_REQUESTS, "too-fast",
                        "You are sending messages faster than staff can read them. Please wait a moment.");
            }
            insertMessage(current.id(), Author.VISITOR, null, null, text, null, now);
            touch(current.id(), now);
        });
        return view(row.publicId());
    }

    /** The visitor ends the conversation; closing a closed one changes nothing. */
    public ConsultationView closeByVisitor(String publicId) {
        Row row = write(publicId, (current, now) -> {
            if (current.status() != Status.CLOSED) {
                close(current, ClosedBy.VISITOR, now,
                        "访客结束了咨询。 The visitor ended the conversation.");
            }
        });
        return view(row.publicId());
    }

    // ---- Staff ---------------------------------------------------------------------------------

    /** Whether the staff member may answer consultations: managers and admins, and those granted it. */
    public boolean mayConsult(StaffMember staff) {
        return staff.active() && (staff.role() == StaffRole.MANAGER || staff.role() == StaffRole.ADMIN
                || jdbc.sql("SELECT COUNT(*) FROM consultant WHERE staff_id = ?").param(staff.id())
                        .query(Long.class).single() > 0);
    }

    /** Grants or withdraws a staff member's permission to consult. */
    public void allowToConsult(long staffId, boolean allowed) {
        if (allowed) {
            jdbc.sql("INSERT IGNORE INTO consultant (staff_id, granted_at) VALUES (?, ?)").params(staffId, ts(now()))
                    .update();
        } else {
            jdbc.sql("DELETE FROM consultant WHERE staff_id = ?").param(staffId).update();
        }
    }

    /** The ids of the staff members granted permission to consult. */
    public List<Long> consultants() {
        return jdbc.sql("SELECT staff_id FROM consultant ORDER BY staff_id").query(Long.class).list();
    }

    /**
     * A conversation on the desk.
     *
     * @param waitingSince when it joined the queue it is in (opening or last handover)
     * @param staffId      who has taken it, null while it waits
     * @param preview      the start of its last message
     */
    public record DeskItem(String id, String service, LocalizedText serviceName, Status status, Instant openedAt,
            Instant waitingSince, @Nullable Long staffId, @Nullable String staffName, String preview,
            Instant lastActivity, Author lastAuthor) {
    }

    /** The hall's open conversations: waiting ones first, longest waiting first, then those being answered. */
    public List<DeskItem> desk(String hall) {
        catalog.hall(hall);
        List<DeskItem> items = jdbc.sql("""
                SELECT c.public_id, c.service_code, c.status, c.opened_at, c.waiting_since, c.staff_id, s.display_name,
                    m.text, c.last_activity_at, m.author
                FROM consultation c
                LEFT JOIN staff_member s ON s.id = c.staff_id
                JOIN consultation_message m ON m.id = (SELECT MAX(id) FROM consultation_message WHERE consultation_id = c.id)
                WHERE c.hall_code = ? AND c.status IN ('WAITING', 'ACTIVE')""")
                .param(hall)
                .query((rs, n) -> new DeskItem(rs.getString(1), rs.getString(2), catalog.serviceName(hall, rs.getString(2)),
                        Status.valueOf(rs.getString(3)), instant(rs, 4), instant(rs, 5), id(rs, 6), rs.getString(7),
                        preview(rs.getString(8)), instant(rs, 9), Author.valueOf(rs.getString(10))))
                .list();
        return items.stream().sorted(Comparator.comparing((DeskItem i) -> i.status() != Status.WAITING)
                .thenComparing(DeskItem::waitingSince)).toList();
    }

    /**
     * Takes a waiting conversation. Of two staff taking it at once exactly one gets it; the other,
     * and anyone taking one already taken, gets 409 {@code consultation-taken} naming who has it.
     * Refused with 403 {@code not-a-consultant} for staff not allowed to consult and 409
     * {@code consultation-closed} once closed.
     */
    public ConsultationView claim(String publicId, StaffMember staff) {
        requireConsultant(staff);
        Row row = write(publicId, (current, now) -> {
            requireOpen(current);
            if (current.staffId() != null && current.staffId() == staff.id()) {
                return;
            }
            int claimed = jdbc.sql("""
                    UPDATE consultation SET status = 'ACTIVE', staff_id = ?, claimed_at = ?, last_activity_at = ?,
                        version = version + 1
                    WHERE id = ? AND status = 'WAITING' AND staff_id IS NULL""")
                    .params(staff.id(), ts(now), ts(now), current.id()).update();
            if (claimed == 0) {
                throw taken(current);
            }
            insertMessage(current.id(), Author.SYSTEM, null, null,
                    staff.displayName() + " 正在为您解答。 " + staff.displayName() + " is answering you.", null, now);
        });
        log.info("Consultation {} of hall {} taken by {}", abbreviated(publicId), row.hall(), staff.nameAndBadge());
        return view(row.publicId());
    }

    /**
     * A staff member's answer, in a conversation they have taken; 409 {@code not-your-consultation}
     * otherwise, 400 {@code invalid-message} for an empty or too long one.
     */
    public ConsultationView reply(String publicId, StaffMember staff, @Nullable String message) {
        String text = text(message, STAFF_MAX, "invalid-message", "Write an answer");
        return staffMessage(publicId, staff, text, null);
    }

    /** Inserts the guide of a service of the hall (materials, steps, time limit, fee) as the staff member's message. */
    public ConsultationView insertGuide(String publicId, StaffMember staff, String serviceCode) {
        Row row = row(publicId, false);
        ServiceDefinition service = catalog.service(row.hall(), serviceCode);
        boolean chinese = messages(row.id(), 0).stream().filter(m -> m.author() == Author.VISITOR).findFirst()
                .map(m -> m.text().codePoints().anyMatch(Consultations::isHan)).orElse(true);
        return staffMessage(publicId, staff, guideText(service, chinese), service.code());
    }

    /**
     * Hands the conversation over to another service's queue with a note for whoever takes it
     * next; it waits again, unassigned.
     */
    public ConsultationView handOver(String publicId, StaffMember staff, String toService, @Nullable String note) {
        String typed = note == null || note.isBlank() ? null : text(note, 500, "invalid-message", "Write a note");
        Row row = write(publicId, (current, now) -> {
            requireOwner(current, staff);
            ServiceDefinition target = catalog.service(current.hall(), toService);
            if (target.code().equals(current.service())) {
                throw invalid("invalid-handover", "The conversation is already about " + target.name().en() + ".");
            }
            jdbc.sql("""
                    UPDATE consultation SET service_code = ?, status = 'WAITING', staff_id = NULL, claimed_at = NULL,
                        waiting_since = ?, last_activity_at = ?, version = version + 1 WHERE id = ?""")
                    .params(target.code(), ts(now), ts(now), current.id()).update();
            insertMessage(current.id(), Author.SYSTEM, staff.id(), staff.displayName(),
                    "已转交“" + target.name().zh() + "”的工作人员。 Handed over to the staff for " + target.name().en()
                            + "." + (typed == null ? "" : "\n" + typed), null, now);
        });
        log.info("Consultation {} of hall {} handed over to {}", abbreviated(publicId), row.hall(), toService);
        return view(row.publicId());
    }

    /** Closes the conversation (the staff member who has it, or a manager); closing a closed one changes nothing. */
    public ConsultationView closeByStaff(String publicId, StaffMember staff) {
        Row row = write(publicId, (current, now) -> {
            if (current.status() == Status.CLOSED) {
                return;
            }
            if (!(staff.role() == StaffRole.MANAGER || staff.role() == StaffRole.ADMIN)) {
                requireOwner(current, staff);
            }
            close(current, ClosedBy.STAFF, now, "工作人员已结束本次咨询。 The staff member closed the conversation.");
        });
        return view(row.publicId());
    }

    /** Closes conversations nobody wrote in for {@code idle-close}; returns how many. */
    public int closeIdle() {
        Instant now = now();
        List<String> idle = jdbc.sql("""
                SELECT public_id FROM consultation WHERE status IN ('WAITING', 'ACTIVE') AND last_activity_at < ?""")
                .param(ts(now.minus(properties.idleClose()))).query(String.class).list();
        int closed = 0;
        for (String publicId : idle) {
            boolean[] done = {false};
            write(publicId, (current, at) -> {
                if (current.status() != Status.CLOSED
                        && current.lastActivity().isBefore(at.minus(properties.idleClose()))) {
                    close(current, ClosedBy.IDLE, at, "长时间没有新消息，咨询已自动结束。 The conversation was closed after "
                            + properties.idleClose().toMinutes() + " minutes without messages.");
                    done[0] = true;
                }
            });
            closed += done[0] ? 1 : 0;
        }
        if (closed > 0) {
            log.info("Closed {} idle consultations", closed);
        }
        return closed;
    }

    /**
     * A hall's consultations today, for managers.
     *
     * @param waiting             conversations waiting to be taken now
     * @param longestWait         how long the longest-waiting one has waited; null when none waits
     * @param opened              conversations opened today
     * @param answered            of those, answered by staff
     * @param meanFirstResponse   mean time from opening to the first staff answer; null before the first
     * @param p95FirstResponse    95th percentile (nearest rank) of those times
     * @param withinTarget        answered within the target
     * @param heldToTarget        answered, plus those not answered that waited past the target
     * @param target              the hall's first-response target
     */
    public record Figures(int waiting, @Nullable Duration longestWait, int opened, int answered,
            @Nullable Duration meanFirstResponse, @Nullable Duration p95FirstResponse, int withinTarget,
            int heldToTarget, Duration target) {

        /** {@code withinTarget / heldToTarget}; null when nothing was held to it. */
        public @Nullable Double shareWithinTarget() {
            return heldToTarget == 0 ? null : (double) withinTarget / heldToTarget;
        }
    }

    public Figures figures(String hall) {
        Hall theHall = catalog.hall(hall);
        Instant now = now();
        LocalDate day = theHall.serviceDayAt(now);
        Duration target = properties.firstResponseTarget();
        record Day(Instant opened, @Nullable Instant firstResponse, @Nullable Instant closed) {
        }
        List<Day> today = jdbc.sql("""
                SELECT opened_at, first_response_at, closed_at FROM consultation WHERE hall_code = ? AND opened_day = ?""")
                .params(hall, day).query((rs, n) -> new Day(instant(rs, 1), nullableInstant(rs, 2), nullableInstant(rs, 3)))
                .list();
        List<Duration> responses = new ArrayList<>();
        int within = 0;
        int held = 0;
        for (Day c : today) {
            if (c.firstResponse() != null) {
                Duration response = Duration.between(c.opened(), c.firstResponse());
                responses.add(response);
                held++;
                within += response.compareTo(target) <= 0 ? 1 : 0;
            } else {
                Instant end = c.closed() != null ? c.closed() : now;
                held += Duration.between(c.opened(), end).compareTo(target) > 0 ? 1 : 0;
            }
        }
        List<Instant> waitingSince = jdbc.sql(
                "SELECT waiting_since FROM consultation WHERE hall_code = ? AND status = 'WAITING'").param(hall)
                .query((rs, n) -> instant(rs, 1)).list();
        Duration longest = waitingSince.stream().min(Comparator.naturalOrder())
                .map(since -> Duration.between(since, now).truncatedTo(ChronoUnit.SECONDS)).orElse(null);
        responses.sort(Comparator.naturalOrder());
        Duration mean = responses.isEmpty() ? null : Duration.ofSeconds(responses.stream()
                .mapToLong(d -> d.toNanos() / 1000).sum() / responses.size() / 1_000_000);
        Duration p95 = responses.isEmpty() ? null
                : responses.get((95 * responses.size() + 99) / 100 - 1).truncatedTo(ChronoUnit.SECONDS);
        return new Figures(waitingSince.size(), longest, today.size(), responses.size(), mean, p95, within, held,
                target);
    }

    // ---- Inside --------------------------------------------------------------------------------

    /** A conversation's row. */
    record Row(long id, String publicId, String hall, String service, Status status, Instant openedAt,
            Instant waitingSince, @Nullable Long staffId, @Nullable String staffName, @Nullable String staffBadge,
            @Nullable Instant firstResponse, Instant lastActivity, @Nullable Instant closedAt,
            @Nullable ClosedBy closedBy) {
    }

    private interface Change {
        void apply(Row current, Instant now);
    }

    /** Runs the change with the conversation's row locked, and signals it after commit. */
    private Row write(String publicId, Change change) {
        Row row = transactions.execute(tx -> {
            Row current = row(publicId, true);
            change.apply(current, now());
            signal.changed(current.hall(), current.publicId());
            return current;
        });
        return java.util.Objects.requireNonNull(row);
    }

    private ConsultationView staffMessage(String publicId, StaffMember staff, String text, @Nullable String guide) {
        Row row = write(publicId, (current, now) -> {
            requireOwner(current, staff);
            insertMessage(current.id(), Author.STAFF, staff.id(), staff.displayName(), text, guide, now);
            jdbc.sql("""
                    UPDATE consultation SET first_response_at = COALESCE(first_response_at, ?), last_activity_at = ?,
                        version = version + 1 WHERE id = ?""")
                    .params(ts(now), ts(now), current.id()).update();
        });
        return view(row.publicId());
    }

    private void close(Row current, ClosedBy by, Instant now, String message) {
        jdbc.sql("""
                UPDATE consultation SET status = 'CLOSED', closed_at = ?, closed_by = ?, last_activity_at = ?,
                    version = version + 1 WHERE id = ?""")
                .params(ts(now), by.name(), ts(now), current.id()).update();
        insertMessage(current.id(), Author.SYSTEM, null, null, message, null, now);
    }

    private void touch(long id, Instant now) {
        jdbc.sql("UPDATE consultation SET last_activity_at = ?, version = version + 1 WHERE id = ?").params(ts(now), id)
                .update();
    }

    private void insertMessage(long consultation, Author author, @Nullable Long staffId, @Nullable String staffName,
            String text, @Nullable String guide, Instant at) {
        jdbc.sql("""
                INSERT INTO consultation_message (consultation_id, author, staff_id, staff_name, text, guide_service, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(consultation, author.name(), staffId, staffName, text, guide, ts(at)).update();
    }

    private void requireConsultant(StaffMember staff) {
        if (!mayConsult(staff)) {
            throw new QueueException(HttpStatus.FORBIDDEN, "not-a-consultant",
                    staff.displayName() + " is not one of the staff who answer consultations.");
        }
    }

    private static void requireOpen(Row row) {
        if (row.status() == Status.CLOSED) {
            throw QueueException.conflict("consultation-closed", "This conversation has been closed.");
        }
    }

    private void requireOwner(Row row, StaffMember staff) {
        requireConsultant(staff);
        requireOpen(row);
        if (row.staffId() == null || row.staffId() != staff.id()) {
            throw row.staffId() == null
                    ? QueueException.conflict("not-your-consultation", "Take the conversation before answering it.")
                    : taken(row);
        }
    }

    private static QueueException taken(Row row) {
        return QueueException.conflict("consultation-taken", (row.staffName() == null ? "Another staff member"
                : row.staffName() + " (" + row.staffBadge() + ")") + " is answering this conversation.");
    }

    private Row row(String publicId, boolean lock) {
        if (publicId == null || !publicId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw unknown();
        }
        if (lock) {
            // Only the conversation's row: its writes queue here, one at a time.
            jdbc.sql("SELECT id FROM consultation WHERE public_id = ? FOR UPDATE").param(publicId).query(Long.class)
                    .optional().orElseThrow(Consultations::unknown);
        }
        return jdbc.sql("""
                SELECT c.id, c.public_id, c.hall_code, c.service_code, c.status, c.opened_at, c.waiting_since, c.staff_id,
                    s.display_name, s.badge, c.first_response_at, c.last_activity_at, c.closed_at, c.closed_by
                FROM consultation c LEFT JOIN staff_member s ON s.id = c.staff_id WHERE c.public_id = ?""")
                .param(publicId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Status.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), id(rs, 8), rs.getString(9),
                        rs.getString(10), nullableInstant(rs, 11), instant(rs, 12), nullableInstant(rs, 13),
                        rs.getString(14) == null ? null : ClosedBy.valueOf(rs.getString(14))))
                .optional().orElseThrow(Consultations::unknown);
    }

    private List<ConsultationView.Message> messages(long consultation, long afterId) {
        return jdbc.sql("""
                SELECT id, author, staff_name, text, at, guide_service FROM consultation_message
                WHERE consultation_id = ? AND id > ? ORDER BY id""")
                .params(consultation, afterId)
                .query((rs, n) -> new ConsultationView.Message(rs.getLong(1), Author.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), instant(rs, 5), rs.getString(6)))
                .list();
    }

    private ConsultationView view(Row row, List<ConsultationView.Message> messages) {
        Integer position = null;
        if (row.status() == Status.WAITING) {
            position = jdbc.sql("""
                    SELECT COUNT(*) FROM consultation WHERE hall_code = ? AND status = 'WAITING'
                        AND (waiting_since < ? OR (waiting_since = ? AND id < ?))""")
                    .params(row.hall(), ts(row.waitingSince()), ts(row.waitingSince()), row.id())
                    .query(Integer.class).single();
        }
        WindowView.Clerk staff = row.staffName() == null ? null : new WindowView.Clerk(row.staffName(), row.staffBadge());
        return new ConsultationView(row.publicId(), row.hall(), row.service(),
                catalog.findService(row.hall(), row.service()).map(ServiceDefinition::name)
                        .orElse(LocalizedText.of(row.service(), row.service())),
                row.status(), position, row.openedAt(), staff, row.closedAt(), row.closedBy(), messages,
                baseUrl + "/c/" + row.publicId());
    }

    static String guideText(ServiceDefinition service, boolean chinese) {
        ServiceView.Guide guide = service.guide();
        StringBuilder text = new StringBuilder();
        if (chinese) {
            text.append("【").append(service.name().zh()).append("】办事指南\n");
            numbered(text, "所需材料：", guide.materials(), true);
            numbered(text, "办理步骤：", guide.steps(), true);
            line(text, "办理时限：", guide.timeLimit().zh());
            line(text, "收费标准：", guide.fee().zh());
        } else {
            text.append("Guide: ").append(service.name().en()).append('\n');
            numbered(text, "Materials to bring:", guide.materials(), false);
            numbered(text, "Steps:", guide.steps(), false);
            line(text, "Time limit: ", guide.timeLimit().en());
            line(text, "Fee: ", guide.fee().en());
        }
        String result = text.toString().strip();
        return result.length() > 4000 ? result.substring(0, 3999) + "…" : result;
    }

    private static void numbered(StringBuilder text, String title, List<LocalizedText> items, boolean chinese) {
        if (items.isEmpty()) {
            return;
        }
        text.append(title).append('\n');
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(chinese ? items.get(i).zh() : items.get(i).en()).append('\n');
        }
    }

    private static void line(StringBuilder text, String title, String value) {
        if (!value.isBlank()) {
            text.append(title).append(value).append('\n');
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The text as it will be stored: line breaks made {@code \n}, stripped, 1 to {@code max}
     * characters, no control characters other than line breaks and tabs, a resident ID number in it
     * masked.
     */
    static String text(@Nullable String typed, int max, String code, String what) {
        if (typed == null) {
            throw invalid(code, what + ": 1 to " + max + " characters.");
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw invalid(code, what + ": it is empty.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw invalid(code, what + " of at most " + max + " characters (this one has " + length + ").");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')
                || text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw invalid(code, what + " as plain text: it has control characters in it.");
        }
        // Nobody is asked for one here, but a visitor may type their ID number: it is kept masked.
        return IdNumbers.maskIn(text);
    }

    private static String preview(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.codePointCount(0, oneLine.length()) <= 80 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 80)) + "…";
    }

    private static String abbreviated(String publicId) {
        return publicId.substring(0, Math.min(6, publicId.length())) + "…";
    }

    private static QueueException invalid(String code, String detail) {
        return QueueException.badRequest(code, detail);
    }

    private static QueueException unknown() {
        return QueueException.notFound("unknown-consultation", "There is no such conversation.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String newPublicId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Long id(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
