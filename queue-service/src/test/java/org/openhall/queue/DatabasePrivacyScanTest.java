package org.openhall.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ResidentId;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.checkin.CheckIns;
import org.openhall.queue.checkin.PortalProperties;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.feedback.FeedbackDesk;
import org.openhall.queue.identity.Names;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A day of demo traffic in the demo hall, driven through the service's own Java services and the
 * portal's signed webhook, leaves no clear resident ID number anywhere: not in any column of any
 * table, not in what the services answered, not in the log (written at debug level meanwhile).
 * Visitors' full names appear nowhere either, outside the staff-only tables allowed below.
 *
 * <p>A database of its own, so that the scan sees exactly this day plus the demo seed; its demo QR
 * codes go to a folder of their own, because they are signed with this database's key.
 */
@QueueServiceTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "openhall.demo.qr-dir=target/privacy-scan-qr")
class DatabasePrivacyScanTest extends ApiTestBase {

    private static final String HALL = "demo";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Wednesday. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    /**
     * Tables in which a visitor's full name may be kept because only the staff console shows them.
     * None: the console, like every public screen, shows the masked name ({@code 周**}), so no table
     * needs the full one. An entry needs a reason here.
     */
    private static final Set<String> STAFF_ONLY_TABLES_WITH_FULL_NAMES = Set.of();

    /** Fictitious visitors with realistic names and ID numbers with valid check characters. */
    private static final Map<String, String> VISITORS = new LinkedHashMap<>();

    static {
        VISITORS.put("周建国", "110105196503121518");
        VISITORS.put("吴秀兰", "31010419780805442X");
        VISITORS.put("郑晓明", "440306199001010022");
        VISITORS.put("孙丽华", "330106198801010046");
        VISITORS.put("林志强", "350203197007070039");
        VISITORS.put("何雪梅", "320102198506220027");
        VISITORS.put("欧阳娜娜", "11010519491231002X");
        VISITORS.put("马文涛", "510107199209153018");
        VISITORS.put("黄淑芬", "420106199511110029");
        VISITORS.put("高德明", "230102195604180019");
    }

    /** 17 digits and a digit or X, standing alone: a candidate resident ID number. */
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    WindowDesk windows;

    @Autowired
    CheckIns checkIns;

    @Autowired
    FeedbackDesk feedback;

    @Autowired
    Consultations consultations;

    @Autowired
    PortalProperties portal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    LoggingSystem logging;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Everything the services and the webhook answered, refusals included, as JSON or text. */
    private final List<String> answers = new ArrayList<>();
    /** Where a clear ID number or a full name was found, and whose (masked). */
    private final List<String> findings = new ArrayList<>();
    private int calls;

    @Test
    void aDayOfDemoTrafficLeavesNoClearIdNumberOrFullNameInTheDatabaseAnswersOrLog(CapturedOutput output)
            throws Exception {
        Map<String, LogLevel> levels = verbose("org.openhall", "org.springframework.web");
        try {
            aDayOfTraffic();
        } finally {
            levels.forEach(logging::setLogLevel);
        }

        // The day happened, and the scan reads where visitor data is kept, in its masked form.
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE hall_code = ? AND service_day = ?", HALL, DAY))
                .isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE hall_code = ? AND status = 'DONE'", HALL))
                .isGreaterThanOrEqualTo(15);
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE person_hash IS NOT NULL")).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM feedback WHERE contact IS NOT NULL")).isEqualTo(3);
        assertThat(column("SELECT masked_id FROM pre_application")).contains("1101**********1518");
        assertThat(column("SELECT holder_masked FROM ticket")).contains("周**", "林**", "孙**");
        assertThat(column("SELECT text FROM feedback")).anySatisfy(text -> assertThat(text).contains("1101**********002X"));
        assertThat(output).contains("Received pre-application", "Received appointment", "Checked in PRE_APPLICATION",
                "Checked in APPOINTMENT", "Issued ticket", "Recorded complaint", "POST \"/api/pre-applications\"");

        List<String> database = scanDatabase();
        assertThat(database).as("tables scanned").contains("ticket", "hall_event", "pre_application", "appointment",
                "feedback", "idempotency_key", "audit_event", "webhook_signature", "app_secret");
        assertThat(findings).as("clear ID numbers or full names in the database").isEmpty();

        for (String answer : answers) {
            scan("an answer", answer, false);
        }
        assertThat(findings).as("clear ID numbers or full names in what the services answered").isEmpty();

        scan("the log", output.getAll(), false);
        assertThat(findings).as("clear ID numbers or full names in the log").isEmpty();
    }

    @Test
    void theScanFindsClearIdNumbersAndFullNamesButNotTheirMaskedForms() {
        scan("a.b", "身份证 330106198801010046", false);
        scan("c.d", "ID 440306199001011236.", false);
        scan("e.f", "申请人孙丽华", false);
        scan("staff_only.g", "申请人孙丽华", true);
        scan("h.i", "3301**********0046, 孙**, 13800138000, 9f3c0b12e4a7d85610928374650192837465abcd", false);
        assertThat(findings).containsExactly("a.b: a valid ID number 3301**********0046", "a.b: the ID number of 孙**",
                "c.d: a valid ID number 4403**********1236", "e.f: the full name of 孙**");
    }

    /** The demo hall's day, 08:00 to 17:00 in Shanghai, with the portal's bookings sent the evening before. */
    private void aDayOfTraffic() throws Exception {
        at(DAY.minusDays(1), "19:00");
        String invoice = appointment("DAY-A-1", "invoice", "林志强", "10:00");
        String residence = appointment("DAY-A-2", "residence-permit", "何雪梅", "14:00");
        String medical = appointment("DAY-A-3", "medical-reimbursement", "欧阳娜娜", "15:30");
        at(DAY, "08:00");
        String company = preApplication("DAY-P-1", "company-registration", "周建国", "APPROVED");
        at(DAY, "08:05");
        preApplication("DAY-P-2", "property-transfer", "吴秀兰", "MATERIALS_MISSING");
        at(DAY, "08:10");
        preApplication("DAY-P-3", "housing-fund", "郑晓明", "REJECTED");
        at(DAY, "08:15");
        String insurance = preApplication("DAY-P-4", "social-insurance", "孙丽华", "APPROVED");

        Map<LocalTime, Runnable> visits = new LinkedHashMap<>();
        visits.put(LocalTime.of(9, 15), () -> answer(() -> checkIns.checkIn(HALL, company, "kiosk-1-qr-p1")));
        visits.put(LocalTime.of(9, 40), () -> answer(() -> checkIns.checkIn(HALL, invoice, "kiosk-2-qr-a1")));
        visits.put(LocalTime.of(10, 5), () -> {
            // A mistyped check character is refused; typed again, the ticket is taken with the ID number.
            String typo = VISITORS.get("马文涛").substring(0, 17) + "9";
            answer(() -> issuing.issue(HALL, walkIn("invoice", Priority.NORMAL, typo), "kiosk-1-w1"));
            answer(() -> issuing.issue(HALL, walkIn("invoice", Priority.NORMAL, VISITORS.get("马文涛")), "kiosk-1-w2"));
        });
        visits.put(LocalTime.of(10, 20), () -> checkInById("吴秀兰", "kiosk-2-id-p2"));
        visits.put(LocalTime.of(10, 35), () -> answer(() -> issuing.issue(HALL,
                walkIn("invoice", Priority.NORMAL, VISITORS.get("马文涛")), "kiosk-2-w3")));
        visits.put(LocalTime.of(10, 50), () -> answer(() -> issuing.issue(HALL,
                walkIn("social-insurance", Priority.GREEN_CHANNEL, VISITORS.get("黄淑芬")), "kiosk-1-g1")));
        visits.put(LocalTime.of(11, 5), () -> answer(() -> checkIns.checkIn(HALL, insurance, "kiosk-1-qr-p4")));
        visits.put(LocalTime.of(11, 30), () -> answer(() -> feedback.submit(HALL, new FeedbackRequest("COMPLAINT",
                "ATTITUDE", "窗口工作人员态度不耐烦，希望改进。", "13912345678", null))));
        visits.put(LocalTime.of(12, 0), () -> answer(() -> consultations.open(HALL, new ConsultationRequest("enquiry",
                "我的身份证号是" + VISITORS.get("高德明") + "，家人可以替我办理吗？", null, "WEB"))));
        visits.put(LocalTime.of(13, 0), () -> {
            checkInById("郑晓明", "kiosk-2-id-p3");
            answer(() -> issuing.issue(HALL, walkIn("housing-fund", Priority.NORMAL, VISITORS.get("郑晓明")),
                    "kiosk-2-w4"));
        });
        visits.put(LocalTime.of(13, 50), () -> checkInById("何雪梅", "kiosk-1-id-a2"));
        visits.put(LocalTime.of(14, 20), () -> answer(() -> issuing.issue(HALL,
                walkIn("enquiry", Priority.GREEN_CHANNEL, VISITORS.get("高德明")), "kiosk-1-g2")));
        visits.put(LocalTime.of(15, 0), () -> answer(() -> feedback.submit(HALL, new FeedbackRequest("SUGGESTION",
                "ENVIRONMENT", "建议大厅增加饮水机和老花镜。", "wxl1978@example.com", null))));
        visits.put(LocalTime.of(15, 50), () -> {
            // Too late for the booked slot: the kiosk says so, and the visitor takes a ticket by ID.
            answer(() -> checkIns.checkIn(HALL, medical, "kiosk-2-qr-a3"));
            answer(() -> issuing.issue(HALL, walkIn("medical-reimbursement", Priority.NORMAL,
                    VISITORS.get("欧阳娜娜")), "kiosk-2-w5"));
        });
        visits.put(LocalTime.of(16, 10), () -> answer(() -> feedback.submit(HALL, new FeedbackRequest("COMPLAINT",
                "PROCESS", "身份证号" + VISITORS.get("欧阳娜娜") + "的预约过了时间就不能签到，希望放宽。", "021-62345678",
                null))));
        visits.put(LocalTime.of(16, 20), () -> answer(() -> checkIns.checkIn(HALL, residence, "kiosk-1-qr-a2-again")));

        List<String> services = List.of("company-registration", "social-insurance", "invoice", "property-transfer",
                "residence-permit", "housing-fund", "medical-reimbursement", "enquiry");
        int walkIns = 0;
        for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(5)) {
            at(DAY, time.toString());
            Runnable visit = visits.get(time);
            if (visit != null) {
                visit.run();
            }
            if (time.getMinute() % 15 == 0) {
                String service = services.get(walkIns++ % services.size());
                answer(() -> issuing.issue(HALL, new IssueTicketRequest(service, null, null), null));
            }
            serveAtEveryWindow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_message WHERE text LIKE '我的身份证号是%**********%'")
                .query(Long.class).single()).as("the consultation asked with an ID number in it").isEqualTo(1);
    }

    /** Each open window moves its visitor on a step: call the next, start, complete (every seventh called is a no-show). */
    private void serveAtEveryWindow() {
        for (ServiceWindow window : windows.windows(HALL)) {
            TicketView held = desk.atWindow(window.id()).orElse(null);
            if (held == null) {
                answer(() -> desk.callNext(window.id()).orElse(null));
            } else if (held.status() == TicketStatus.CALLED) {
                answer(() -> ++calls % 7 == 0 ? desk.noShow(held.id()) : desk.start(held.id()));
            } else if (window.number() == 8 && held.service().equals("enquiry") && held.priority() == Priority.NORMAL) {
                answer(() -> desk.transfer(held.id(), new TransferRequest("social-insurance", null,
                        "已咨询，转社保窗口办理参保登记")));
            } else {
                answer(() -> desk.complete(held.id()));
            }
        }
    }

    /** The kiosk's "check in by ID": the person's business today, then the first open item checked in. */
    private void checkInById(String name, String idempotencyKey) {
        PersonToday today = answer(() -> checkIns.person(HALL, VISITORS.get(name)));
        assertThat(today.items()).as("%s's business today", name).isNotEmpty();
        for (CheckInView item : today.items()) {
            if (item.checkInOpen() && item.payload() != null) {
                answer(() -> checkIns.checkIn(HALL, item.payload(), idempotencyKey));
                return;
            }
        }
    }

    private static IssueTicketRequest walkIn(String service, Priority priority, String idNumber) {
        return new IssueTicketRequest(service, null, priority, idNumber);
    }

    private String preApplication(String reference, String service, String name, String status) throws Exception {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("reference", reference);
        notice.put("hall", HALL);
        notice.put("service", service);
        notice.put("idNumber", VISITORS.get(name));
        notice.put("name", name);
        notice.put("preReviewStatus", status);
        notice.put("materials", List.of(Map.of("name", "申请书", "provided", true)));
        return webhook("/api/pre-applications", notice);
    }

    private String appointment(String reference, String service, String name, String slot) throws Exception {
        Instant start = instant(DAY, slot);
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("reference", reference);
        notice.put("hall", HALL);
        notice.put("service", service);
        notice.put("idNumber", VISITORS.get(name));
        notice.put("name", name);
        notice.put("slotStart", start.toString());
        notice.put("slotEnd", start.plusSeconds(1800).toString());
        return webhook("/api/appointments", notice);
    }

    /** Posts a notice to the portal's webhook, signed as the portal signs it; returns the visitor's QR payload. */
    private String webhook(String path, Map<String, Object> notice) throws Exception {
        byte[] body = json.writeValueAsBytes(notice);
        long timestamp = clock.instant().getEpochSecond();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("X-OpenHall-Timestamp", Long.toString(timestamp))
                .header("X-OpenHall-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        answers.add(response.body());
        JsonNode receipt = json.readTree(response.body());
        return receipt.get("qrPayload").asString();
    }

    private String sign(long timestamp, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(portal.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** Calls a service and keeps what it answered, or the refusal it gave, to scan later. */
    private <T> @Nullable T answer(Supplier<@Nullable T> call) {
        try {
            T answer = call.get();
            if (answer != null) {
                answers.add(json.writeValueAsString(answer));
            }
            return answer;
        } catch (QueueException refused) {
            answers.add(refused.code() + ": " + refused.getMessage());
            return null;
        }
    }

    /** Every column of every table of the service's database, as text; returns the tables scanned. */
    private List<String> scanDatabase() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM `" + table + "`").query((ResultSet rs) -> {
                scanRow(table, rs);
            });
        }
        return tables;
    }

    private void scanRow(String table, ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        boolean namesAllowed = STAFF_ONLY_TABLES_WITH_FULL_NAMES.contains(table);
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            scan(table + "." + columns.getColumnName(i), row.getString(i), namesAllowed);
        }
    }

    /**
     * Notes in {@link #findings} each clear ID number in {@code text}: one of the visitors' (its first
     * 17 digits are enough) or any other valid one, and, unless allowed, each visitor's full name.
     */
    private void scan(String where, @Nullable String text, boolean namesAllowed) {
        if (text == null) {
            return;
        }
        String upper = text.toUpperCase();
        Set<String> found = new TreeSet<>();
        VISITORS.forEach((name, id) -> {
            if (upper.contains(id.substring(0, 17))) {
                found.add("the ID number of " + Names.mask(name));
            }
            if (!namesAllowed && text.contains(name)) {
                found.add("the full name of " + Names.mask(name));
            }
        });
        Matcher ids = ID_LIKE.matcher(text);
        while (ids.find()) {
            if (ResidentId.isValid(ids.group())) {
                found.add("a valid ID number " + new ResidentId(ids.group()).masked());
            }
        }
        found.forEach(what -> findings.add(where + ": " + what));
    }

    /** Sets the loggers to debug; returns their configured levels to restore. */
    private Map<String, LogLevel> verbose(String... loggers) {
        Map<String, LogLevel> configured = new LinkedHashMap<>();
        for (String name : loggers) {
            LoggerConfiguration logger = logging.getLoggerConfiguration(name);
            configured.put(name, logger == null ? null : logger.getConfiguredLevel());
            logging.setLogLevel(name, LogLevel.DEBUG);
        }
        return configured;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<String> column(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private void at(LocalDate day, String localTime) {
        clock.set(instant(day, localTime));
    }

    private static Instant instant(LocalDate day, String localTime) {
        return LocalDateTime.of(day, LocalTime.parse(localTime)).atZone(SHANGHAI).toInstant();
    }
}
