package org.openhall.queue.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhall.client.api.Channel;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ResidentId;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.checkin.CheckIns;
import org.openhall.queue.checkin.PortalNotices;
import org.openhall.queue.feedback.FeedbackDesk;
import org.openhall.queue.feedback.FollowUpStatus;
import org.openhall.queue.feedback.FollowUps;
import org.openhall.queue.rating.Ratings;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.stats.HallStatistics;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The retention job against the real database: visitor data of service days past the retention
 * period goes, exactly the columns and rows that hold it; everything statistics read stays as it
 * was, and so does every newer record; a second run changes nothing.
 *
 * <p>A database of its own (no demo seed), so that the job's counts are this test's alone; batches
 * of two, so that every purge takes several batches.
 */
@QueueServiceTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"openhall.demo.seed=false", "openhall.retention.enabled=true",
        "openhall.retention.initial-delay=365d", "openhall.retention.batch-size=2",
        // the consultation watch is the only other scheduled task; off, so the one left is the purge
        "openhall.consultation.watch-interval=0s"})
class RetentionJobTest extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** When the job runs: 12:00 in Shanghai. With 30 days kept, May 16 is the first kept service day. */
    private static final Instant NOW = Instant.parse("2026-06-15T04:00:00Z");
    /** The last purged service day; its visitors come in the evening, up to an hour before midnight. */
    private static final LocalDateTime OLD = LocalDateTime.of(2026, 5, 15, 20, 0);
    /** The first kept service day, although these visits lie less than a day after OLD's. */
    private static final LocalDateTime EDGE = LocalDateTime.of(2026, 5, 16, 0, 5);
    private static final LocalDateTime RECENT = LocalDateTime.of(2026, 6, 14, 9, 0);

    @Autowired
    VisitorDataRetention retention;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    CheckIns checkIns;

    @Autowired
    FeedbackDesk feedback;

    @Autowired
    HallStatistics statistics;

    @Autowired
    Ratings ratings;

    @Autowired
    FollowUps followUps;

    @Autowired
    AuditLog audit;

    @Autowired
    HallCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    List<ScheduledTaskHolder> scheduled;

    @Autowired
    LoggingSystem logging;

    @Test
    void removesExactlyTheVisitorDataOfServiceDaysPastThePeriodAndKeepsTheStatistics(CapturedOutput output) {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        List<Long> oldTickets = visitDay(hall, window, "old", OLD);
        // Sent on the old day, used on kept days: a pre-application checked in the next day, a booking for June.
        at(OLD.plusHours(1));
        String crossDay = preApplication(hall, "X-" + hall, id("33010619880101004"), "孙丽华");
        at(OLD.plusHours(1).plusMinutes(5));
        appointment(hall, "Y-" + hall, id("35020319700707003"), "林志强", LocalDateTime.of(2026, 6, 14, 15, 0));
        visitDay(hall, window, "edge", EDGE);
        at(EDGE.plusHours(1));
        checkIns.checkIn(hall, crossDay, "edge-cross-day");
        visitDay(hall, window, "recent", RECENT);

        at(NOW);
        assertThat(retention.firstKeptDay(catalog.hall(hall), NOW)).isEqualTo(LocalDate.of(2026, 5, 16));
        Map<String, List<Map<String, Object>>> before = rows(hall);
        Map<LocalDateTime, HallStats> statsBefore = stats(hall, OLD, EDGE, RECENT);
        int auditRows = purges().size();

        at(NOW);
        logging.setLogLevel(VisitorDataRetention.class.getName(), LogLevel.INFO);
        VisitorDataRetention.Purged purged;
        try {
            purged = retention.purge();
        } finally {
            logging.setLogLevel(VisitorDataRetention.class.getName(), null);
        }

        // The old day: three tickets held an ID hash (the walk-in by ID, both check-ins), five events a
        // masked name (the pre-application's ticket issued, called, started, transferred; the
        // appointment's issued), three kiosk requests an idempotency key.
        assertThat(purged).isEqualTo(new VisitorDataRetention.Purged(3, 5, 2, 1, 3, 1, 1, 1));
        assertThat(output).contains("Visitor data retention (kept 30 days): anonymised tickets=3, events=5, "
                + "feedback=1, ratings=1, follow-ups=1, consultations=0; deleted pre-applications=2, appointments=1, idempotency-keys=3");
        Map<String, List<Map<String, Object>>> after = rows(hall);
        assertThat(after.get("ticket")).isEqualTo(before.get("ticket").stream()
                .map(row -> oldTickets.contains(id(row)) ? anonymisedTicket(row) : row).toList());
        assertThat(parsed(after.get("hall_event"))).isEqualTo(parsed(before.get("hall_event")).stream()
                .map(row -> oldTickets.contains(ticketOf(row)) ? withoutHolder(row) : row).toList());
        assertThat(after.get("visit_record")).isEqualTo(before.get("visit_record").stream()
                .map(row -> oldTickets.contains(((Number) row.get("ticket_id")).longValue()) ? withoutNote(row) : row)
                .toList());
        assertThat(before.get("visit_record")).hasSize(3).allSatisfy(row -> assertThat(row.get("note")).isNotNull());
        assertThat(after.get("pre_application")).isEqualTo(without(before.get("pre_application"), "reference", "old-"));
        assertThat(after.get("appointment")).isEqualTo(without(before.get("appointment"), "reference", "old-"));
        assertThat(after.get("idempotency_key")).isEqualTo(without(before.get("idempotency_key"), "idem_key", "old-"));
        assertThat(after.get("feedback")).isEqualTo(before.get("feedback").stream()
                .map(row -> ((Timestamp) row.get("submitted_at")).toInstant()
                        .isBefore(instant(EDGE.toLocalDate().atStartOfDay()))
                        ? anonymisedFeedback(row) : row)
                .toList());
        assertThat(after.get("rating")).isEqualTo(before.get("rating").stream()
                .map(row -> ((Timestamp) row.get("rated_at")).toInstant()
                        .isBefore(instant(EDGE.toLocalDate().atStartOfDay()))
                        ? anonymisedRating(row) : row)
                .toList());
        assertThat(before.get("rating")).hasSize(3).allSatisfy(row -> assertThat(row.get("contact")).isNotNull());
        // Follow-ups opened on the old day lose their notes (and answer); the others keep them.
        assertThat(before.get("follow_up")).hasSize(6);
        assertThat(after.get("follow_up")).isEqualTo(before.get("follow_up"));
        assertThat(notes(hall, true)).hasSize(1).containsOnlyNulls();
        assertThat(notes(hall, false)).hasSize(2).containsOnly("已核实：叫号屏音量被调低，已恢复");
        // What was there to remove is gone, and what was left is all that statistics read.
        assertThat(before.get("ticket")).filteredOn(row -> oldTickets.contains(id(row)))
                .anySatisfy(row -> assertThat(row.get("holder_masked")).isEqualTo("周**"))
                .anySatisfy(row -> assertThat(row.get("note")).isNotNull());
        assertThat(before.get("hall_event").toString()).contains("\"holder\":\"周**\"");
        assertThat(after.get("ticket")).filteredOn(row -> !oldTickets.contains(id(row)))
                .anySatisfy(row -> assertThat(row.get("person_hash")).isNotNull())
                .anySatisfy(row -> assertThat(row.get("holder_masked")).isEqualTo("孙**"));
        assertThat(stats(hall, OLD, EDGE, RECENT)).isEqualTo(statsBefore);

        List<AuditEvent> recorded = purges();
        assertThat(recorded).hasSize(auditRows + 1);
        assertThat(recorded.getFirst().actorUsername()).isEqualTo("system");
        assertThat(recorded.getFirst().detail()).isEqualTo("Visitor data kept 30 days: " + purged);

        at(NOW.plus(Duration.ofHours(6)));
        assertThat(retention.purge().isEmpty()).as("a second run").isTrue();
        assertThat(rows(hall)).isEqualTo(after);
        assertThat(purges()).hasSize(auditRows + 1);
    }

    @Test
    void replaysAPurgedDaysEventsWithoutTheMaskedName() {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        visitDay(hall, window, "replay", OLD.minusDays(10));
        List<JsonNode> before = events(hall);

        at(NOW);
        retention.purge();

        List<JsonNode> after = events(hall);
        assertThat(before).anySatisfy(event -> assertThat(event.get("ticket").get("holder").isString()).isTrue());
        assertThat(after).allSatisfy(event -> assertThat(event.get("ticket").get("holder").isNull()).isTrue());
        assertThat(after).isEqualTo(before.stream().map(event -> {
            ObjectNode copy = (ObjectNode) event.deepCopy();
            ((ObjectNode) copy.get("ticket")).putNull("holder");
            return (JsonNode) copy;
        }).toList());
    }

    @Test
    void runsAfterStartAndThenAtItsInterval() {
        List<FixedDelayTask> tasks = scheduled.stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .toList();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofDays(365));
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofDays(1));
        });
    }

    /**
     * A day of one hall's visitors from {@code start} on (within the hour): a walk-in by ID number
     * served, an anonymous walk-in who does not show up, a pre-application checked in and transferred
     * with a note, another never checked in, an appointment checked in, and a complaint with a
     * contact, and a bad review of the first visit with a comment and a contact; the complaint's follow-up verified with a note. References and idempotency keys start with {@code label}. Returns the tickets' row ids.
     */
    private List<Long> visitDay(String hall, long window, String label, LocalDateTime start) {
        at(start);
        TicketView byId = issuing.issue(hall, new IssueTicketRequest("a", Channel.WALK_IN, Priority.NORMAL,
                id("11010519650312151")), label + "-walk-in").ticket();
        at(start.plusMinutes(1));
        TicketView anonymous = issuing.issue(hall, new IssueTicketRequest("a", null, null), null).ticket();
        at(start.plusMinutes(2));
        String preApplication = preApplication(hall, label + "-P-" + hall, id("32010219850622002"), "周建国");
        at(start.plusMinutes(3));
        preApplication(hall, label + "-Q-" + hall, id("44030619900101002"), "郑晓明");
        at(start.plusMinutes(4));
        String appointment = appointment(hall, label + "-A-" + hall, id("31010419780805442"), "吴秀兰",
                start.plusMinutes(60));
        at(start.plusMinutes(5));
        TicketView checkedIn = checkIns.checkIn(hall, preApplication, label + "-P").ticket();
        at(start.plusMinutes(10));
        desk.call(window, byId.id());
        at(start.plusMinutes(12));
        desk.start(byId.id());
        at(start.plusMinutes(20));
        desk.complete(byId.id());
        // The clerk's record of the visit: the checklist stays, the note is visitor data.
        jdbc.sql("INSERT INTO visit_record (ticket_id, checklist, note, updated_at) VALUES (?, ?, ?, ?)")
                .params(rowId(byId), "{\"居民身份证\":\"RECEIVED\"}", "复印件已收，原件已退还",
                        java.sql.Timestamp.from(instant(start.plusMinutes(20))))
                .update();
        at(start.plusMinutes(21));
        desk.call(window, anonymous.id());
        at(start.plusMinutes(25));
        desk.noShow(anonymous.id());
        at(start.plusMinutes(30));
        desk.call(window, checkedIn.id());
        at(start.plusMinutes(32));
        desk.start(checkedIn.id());
        at(start.plusMinutes(40));
        desk.transfer(checkedIn.id(), new TransferRequest("b", null, "缺股东身份证明，请综合窗口补录"));
        at(start.plusMinutes(45));
        TicketView booked = checkIns.checkIn(hall, appointment, label + "-A").ticket();
        at(start.plusMinutes(50));
        feedback.submit(hall, new FeedbackRequest("COMPLAINT", "EFFICIENCY", "等候时间太长，叫号屏没有声音",
                "13800138000", byId.id()));
        at(start.plusMinutes(55));
        ratings.rate(byId.id(), new RatingRequest(2, List.of("EFFICIENCY"), "办得快，就是等得久", "KIOSK",
                "13900139000"));
        at(start.plusMinutes(58));
        long complaintFollowUp = followUps.list(hall, FollowUpStatus.OPEN).stream()
                .filter(f -> f.source() == FollowUps.Source.COMPLAINT).mapToLong(FollowUps.Summary::id).max()
                .orElseThrow();
        followUps.move(complaintFollowUp, FollowUpStatus.VERIFIED, "已核实：叫号屏音量被调低，已恢复",
                new AuditEvent.Actor(null, "test-manager", "MANAGER"), null);
        return List.of(byId, anonymous, checkedIn, booked).stream().map(this::rowId).toList();
    }

    private String preApplication(String hall, String reference, String idNumber, String name) {
        return checkIns.receive(new PortalNotices.PreApplication(reference, hall, "a", idNumber, name, "APPROVED",
                null, null), null).receipt().qrPayload();
    }

    private String appointment(String hall, String reference, String idNumber, String name, LocalDateTime slot) {
        return checkIns.receive(new PortalNotices.Appointment(reference, hall, "a", idNumber, name, instant(slot),
                instant(slot.plusMinutes(30))), null).receipt().qrPayload();
    }

    /** Every row of the hall in the tables that hold visitor data, in insertion order. */
    private Map<String, List<Map<String, Object>>> rows(String hall) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : List.of("ticket", "pre_application", "appointment", "feedback", "rating")) {
            rows.put(table, jdbc.sql("SELECT * FROM " + table + " WHERE hall_code = ? ORDER BY id").param(hall)
                    .query().listOfRows());
        }
        rows.put("follow_up", jdbc.sql("SELECT * FROM follow_up WHERE hall_code = ? AND answer IS NULL ORDER BY id")
                .param(hall).query().listOfRows());
        rows.put("hall_event", jdbc.sql("SELECT * FROM hall_event WHERE hall_code = ? ORDER BY id").param(hall)
                .query().listOfRows());
        rows.put("visit_record", jdbc.sql("""
                SELECT v.* FROM visit_record v JOIN ticket t ON t.id = v.ticket_id WHERE t.hall_code = ?
                ORDER BY v.ticket_id""").param(hall).query().listOfRows());
        rows.put("idempotency_key", jdbc.sql("SELECT * FROM idempotency_key WHERE hall_code = ? ORDER BY idem_key")
                .param(hall).query().listOfRows());
        return rows;
    }

    /** The hall's statistics as the dashboard read them at the end of each of these days. */
    private Map<LocalDateTime, HallStats> stats(String hall, LocalDateTime... days) {
        Map<LocalDateTime, HallStats> stats = new HashMap<>();
        for (LocalDateTime day : days) {
            at(day.toLocalDate().atTime(LocalTime.of(23, 59)));
            stats.put(day, statistics.stats(hall));
        }
        at(NOW);
        return stats;
    }

    private List<JsonNode> events(String hall) {
        return jdbc.sql("SELECT payload FROM hall_event WHERE hall_code = ? AND ticket_id IS NOT NULL ORDER BY id")
                .param(hall).query((rs, n) -> json.readTree(rs.getString(1))).list();
    }

    private List<AuditEvent> purges() {
        return audit.latest(1000).stream().filter(e -> e.action() == AuditAction.VISITOR_DATA_PURGE).toList();
    }

    /** The ticket row as the purge leaves it: without visitor data, and a new version if it had any. */
    private static Map<String, Object> anonymisedTicket(Map<String, Object> row) {
        if (row.get("person_hash") == null && row.get("holder_masked") == null && row.get("note") == null) {
            return row;
        }
        Map<String, Object> expected = new LinkedHashMap<>(row);
        expected.put("person_hash", null);
        expected.put("holder_masked", null);
        expected.put("note", null);
        expected.put("version", (Integer) row.get("version") + 1);
        return expected;
    }

    private static Map<String, Object> withoutNote(Map<String, Object> row) {
        Map<String, Object> expected = new LinkedHashMap<>(row);
        expected.put("note", null);
        return expected;
    }

    /** Event rows with their payload parsed: the database may space a document it edited differently. */
    private List<Map<String, Object>> parsed(List<Map<String, Object>> events) {
        return events.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put("payload", json.readTree((String) row.get("payload")));
            return copy;
        }).toList();
    }

    private static Map<String, Object> withoutHolder(Map<String, Object> row) {
        Map<String, Object> expected = new LinkedHashMap<>(row);
        JsonNode payload = ((JsonNode) row.get("payload")).deepCopy();
        ((ObjectNode) payload.get("ticket")).putNull("holder");
        expected.put("payload", payload);
        return expected;
    }

    private static Map<String, Object> anonymisedFeedback(Map<String, Object> row) {
        Map<String, Object> expected = new LinkedHashMap<>(row);
        expected.put("contact", null);
        expected.put("text", "");
        expected.put("answer", null);
        return expected;
    }

    /** The notes of the hall's follow-ups opened before the first kept day, or on or after it. */
    private List<String> notes(String hall, boolean old) {
        return jdbc.sql("SELECT n.note FROM follow_up_note n JOIN follow_up f ON f.id = n.follow_up_id"
                        + " WHERE f.hall_code = ? AND (f.opened_at < ?) = ? AND n.action = 'VERIFIED' ORDER BY n.id")
                .params(hall, Timestamp.from(instant(EDGE.toLocalDate().atStartOfDay())), old)
                .query((rs, n) -> rs.getString(1)).list();
    }

    private static Map<String, Object> anonymisedRating(Map<String, Object> row) {
        Map<String, Object> expected = new LinkedHashMap<>(row);
        expected.put("comment", null);
        expected.put("contact", null);
        return expected;
    }

    private static List<Map<String, Object>> without(List<Map<String, Object>> rows, String column, String prefix) {
        Predicate<Map<String, Object>> old = row -> ((String) row.get(column)).startsWith(prefix);
        List<Map<String, Object>> kept = new ArrayList<>(rows);
        assertThat(kept.removeIf(old)).as("rows starting with " + prefix).isTrue();
        return kept;
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private static Long ticketOf(Map<String, Object> row) {
        return row.get("ticket_id") == null ? null : ((Number) row.get("ticket_id")).longValue();
    }

    private long rowId(TicketView ticket) {
        return jdbc.sql("SELECT id FROM ticket WHERE public_id = ?").param(ticket.id()).query(Long.class).single();
    }

    private void at(LocalDateTime local) {
        clock.set(instant(local));
    }

    private void at(Instant instant) {
        clock.set(instant);
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }

    /** A resident ID number with its check character. */
    private static String id(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }
}
