package org.openhall.queue.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Channel;
import org.openhall.client.api.Priority;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal's signed webhook: only genuine, fresh, first deliveries change anything. */
@QueueServiceTest
class PortalWebhookTest extends ApiTestBase {

    static final String ID = "11010519491231002X";
    private final HttpClient http = HttpClient.newHttpClient();
    private final PortalSignatures portal = new PortalSignatures(PortalProperties.DEMO_SECRET, Duration.ofMinutes(5));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void acceptsASignedPreApplicationAndAnswersWithItsQrCode() throws Exception {
        String hall = halls.create("A");
        HttpResponse<String> response = send("/api/pre-applications", preApplication("PA-1", hall, "APPROVED"));
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(response.body());
        assertThat(receipt.get("maskedId").asString()).isEqualTo("1101**********002X");
        assertThat(receipt.get("maskedName").asString()).isEqualTo("测****");
        assertThat(receipt.get("qrPayload").asString()).startsWith("OH1.P." + hall + ".PA-1.");
        assertThat(response.body()).doesNotContain(ID).doesNotContain("测试");
        assertThat(api.lookUpCheckIn(hall, new org.openhall.client.api.CheckInRequest(receipt.get("qrPayload").asString()))
                .preReviewStatus()).isEqualTo("APPROVED");
    }

    @Test
    void aSecondNoticeWithTheSameReferenceUpdatesIt() throws Exception {
        String hall = halls.create("A");
        assertThat(send("/api/pre-applications", preApplication("PA-2", hall, "MATERIALS_MISSING")).statusCode()).isEqualTo(201);
        assertThat(send("/api/pre-applications", preApplication("PA-2", hall, "APPROVED")).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT pre_review_status FROM pre_application WHERE reference = 'PA-2'").query(String.class).list())
                .containsExactly("APPROVED");
    }

    @Test
    void acceptsASignedAppointment() throws Exception {
        String hall = halls.create("A");
        Instant start = clock.instant().plus(Duration.ofHours(1));
        String body = """
                {"reference":"AP-1","hall":"%s","service":"a","idNumber":"%s","name":"John Smith",
                 "slotStart":"%s","slotEnd":"%s"}""".formatted(hall, ID, start, start.plus(Duration.ofMinutes(30)));
        HttpResponse<String> response = send("/api/appointments", body);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("maskedName").asString()).isEqualTo("J*** S****");
    }

    @Test
    void refusesAMissingOrWrongSignatureAndStoresNothing() throws Exception {
        String hall = halls.create("A");
        String body = preApplication("PA-3", hall, "APPROVED");
        long now = clock.instant().getEpochSecond();
        assertProblem(post("/api/pre-applications", body, null, null), 401, "invalid-signature");
        assertProblem(post("/api/pre-applications", body, String.valueOf(now), "00".repeat(32)), 401, "invalid-signature");
        assertProblem(post("/api/pre-applications", body, String.valueOf(now), "not-hex"), 401, "invalid-signature");
        PortalSignatures attacker = new PortalSignatures("guessed-secret", Duration.ofMinutes(5));
        assertProblem(post("/api/pre-applications", body, String.valueOf(now),
                attacker.sign(now, bytes(body))), 401, "invalid-signature");
        assertThat(rows("pre_application", hall)).isZero();
    }

    @Test
    void refusesABodyChangedAfterSigning() throws Exception {
        String hall = halls.create("A");
        String body = preApplication("PA-4", hall, "REJECTED");
        long now = clock.instant().getEpochSecond();
        String signature = portal.sign(now, bytes(body));
        assertProblem(post("/api/pre-applications", body.replace("REJECTED", "APPROVED"), String.valueOf(now), signature),
                401, "invalid-signature");
        assertProblem(post("/api/pre-applications", body, String.valueOf(now + 1), signature), 401, "invalid-signature");
        assertThat(rows("pre_application", hall)).isZero();
    }

    @Test
    void refusesAStaleRequest() throws Exception {
        // A fixed clock: on a busy machine a request can take over a second, which would otherwise
        // move the service's "now" towards a timestamp just outside the allowed skew.
        clock.set(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String hall = halls.create("A");
        String body = preApplication("PA-5", hall, "APPROVED");
        for (long skew : List.of(-301L, 301L)) {
            long at = clock.instant().getEpochSecond() + skew;
            assertProblem(post("/api/pre-applications", body, String.valueOf(at), portal.sign(at, bytes(body))),
                    401, "stale-request");
        }
        long edge = clock.instant().getEpochSecond() - 290;
        assertThat(post("/api/pre-applications", body, String.valueOf(edge), portal.sign(edge, bytes(body)))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void refusesAReplayedRequest() throws Exception {
        String hall = halls.create("A");
        String body = preApplication("PA-6", hall, "APPROVED");
        long now = clock.instant().getEpochSecond();
        String signature = portal.sign(now, bytes(body));
        assertThat(post("/api/pre-applications", body, String.valueOf(now), signature).statusCode()).isEqualTo(201);
        jdbc.sql("UPDATE pre_application SET pre_review_status = 'REJECTED' WHERE reference = 'PA-6'").update();
        assertProblem(post("/api/pre-applications", body, String.valueOf(now), signature.toUpperCase()), 409,
                "replayed-request");
        assertThat(jdbc.sql("SELECT pre_review_status FROM pre_application WHERE reference = 'PA-6'")
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void refusesInvalidNoticesAndStoresNothing() throws Exception {
        String hall = halls.create("A");
        assertProblem(send("/api/pre-applications", "{not json"), 400, "malformed-request");
        assertProblem(send("/api/pre-applications", preApplication("PA-7", hall, "MAYBE")), 400, "invalid-request");
        assertProblem(send("/api/pre-applications", preApplication("bad ref", hall, "APPROVED")), 400, "invalid-request");
        assertProblem(send("/api/pre-applications", preApplication("PA-7", hall, "APPROVED").replace(ID, "110105194912310021")),
                400, "invalid-id-number");
        assertProblem(send("/api/pre-applications", preApplication("PA-7", hall, "APPROVED").replace("\"a\"", "\"zz\"")),
                404, "unknown-service");
        assertProblem(send("/api/appointments", """
                {"reference":"AP-9","hall":"%s","service":"a","idNumber":"%s","name":"x",
                 "slotStart":"2026-11-26T03:00:00Z","slotEnd":"2026-11-26T02:00:00Z"}""".formatted(hall, ID)),
                400, "invalid-request");
        assertThat(rows("pre_application", hall) + rows("appointment", hall)).isZero();
    }

    @Test
    void theDatabaseNeverHoldsTheClearIdNumberOrName() throws Exception {
        String hall = halls.create("A");
        assertThat(send("/api/pre-applications", preApplication("PA-8", hall, "APPROVED")).statusCode()).isEqualTo(201);
        Instant start = clock.instant().plus(Duration.ofMinutes(10));
        assertThat(send("/api/appointments", """
                {"reference":"AP-8","hall":"%s","service":"a","idNumber":"%s","name":"测试用户甲",
                 "slotStart":"%s","slotEnd":"%s"}""".formatted(hall, ID.toLowerCase(), start,
                start.plus(Duration.ofMinutes(30)))).statusCode()).isEqualTo(201);
        api.issueTicket(hall, new IssueTicketRequest("a", Channel.WALK_IN, Priority.NORMAL, ID), "id-bound");
        List<String[]> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND data_type IN ('char','varchar','text','mediumtext','longtext','tinytext','json')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).extracting(c -> c[0]).contains("ticket", "pre_application", "appointment", "hall_event");
        for (String[] column : columns) {
            String text = "CONVERT(`" + column[1] + "` USING utf8mb4)";
            long hits = jdbc.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE UPPER(" + text + ") LIKE ?"
                            + " OR " + text + " LIKE ?")
                    .params("%" + ID.substring(0, 17) + "%", "%测试用户甲%").query(Long.class).single();
            assertThat(hits).as(column[0] + "." + column[1]).isZero();
        }
    }

    private String preApplication(String reference, String hall, String status) {
        return """
                {"reference":"%s","hall":"%s","service":"a","idNumber":"%s","name":"测试用户甲",
                 "preReviewStatus":"%s","materials":[{"name":"申请书","provided":true}],
                 "submittedAt":"2026-11-20T01:00:00Z"}""".formatted(reference, hall, ID, status);
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        long now = clock.instant().getEpochSecond();
        return post(path, body, String.valueOf(now), portal.sign(now, bytes(body)));
    }

    private HttpResponse<String> post(String path, String body, String timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (timestamp != null) {
            request.header("X-OpenHall-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-OpenHall-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }

    private long rows(String table, String hall) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE hall_code = ?").param(hall).query(Long.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
