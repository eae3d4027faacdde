package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of bad request gets a 4xx problem detail and changes nothing; none produces a 500. */
@QueueServiceTest
class BadInputTest extends ApiTestBase {

    @Autowired
    EventLog events;

    private String hall;
    private long window;

    @BeforeEach
    void hall() {
        hall = halls.create("A");
        window = halls.openWindow(hall, 1, Map.of("a", 1.0));
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"").contains("\"status\":" + status);
    }

    private void assertNothingChanged(long eventsBefore) {
        assertThat(events.lastId(hall)).isEqualTo(eventsBefore);
    }

    @Test
    void unknownHallServiceWindowAndTicketAreNotFound() throws Exception {
        long before = events.lastId(hall);
        // No kiosk belongs to a hall that does not exist: refused for who is asking, before the hall is looked up.
        assertProblem(raw("POST", "/api/halls/nowhere/tickets", "application/json", "{\"service\":\"a\"}"), 403, "forbidden");
        assertProblem(raw("POST", "/api/halls/" + hall + "/tickets", "application/json", "{\"service\":\"zz\"}"), 404, "unknown-service");
        assertProblem(raw("POST", "/api/windows/987654/call-next", null, null), 404, "unknown-window");
        assertProblem(raw("GET", "/api/tickets/doesNotExist", null, null), 404, "unknown-ticket");
        assertProblem(raw("POST", "/api/tickets/doesNotExist/complete", null, null), 404, "unknown-ticket");
        assertProblem(raw("GET", "/api/halls/nowhere/snapshot", null, null), 404, "unknown-hall");
        assertProblem(raw("GET", "/api/halls/nowhere/events", null, null), 404, "unknown-hall");
        assertProblem(raw("GET", "/api/halls/nowhere/stats", null, null), 404, "unknown-hall");
        assertProblem(raw("PUT", "/api/halls/nowhere/devices/kiosk-1", "application/json",
                "{\"kind\":\"KIOSK\",\"state\":\"READY\"}"), 403, "forbidden");
        assertProblem(raw("GET", "/api/no/such/thing", null, null), 404, "not-found");
        assertNothingChanged(before);
    }

    @Test
    void anIllegalTransitionIsAConflictAndLeavesTheTicketAsItWas() {
        TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        long before = events.lastId(hall);
        for (String action : new String[] {"complete", "start", "recall", "no-show", "requeue"}) {
            QueueApiException refusal = catchThrowableOfType(QueueApiException.class, () -> {
                switch (action) {
                    case "complete" -> api.complete(ticket.id());
                    case "start" -> api.start(ticket.id());
                    case "recall" -> api.recall(ticket.id());
                    case "no-show" -> api.noShow(ticket.id());
                    default -> api.requeue(ticket.id());
                }
            });
            assertThat(refusal.status()).as(action).isEqualTo(409);
            assertThat(refusal.code()).as(action).isEqualTo("illegal-transition");
        }
        assertThat(api.ticket(ticket.id()).status()).isEqualTo(TicketStatus.WAITING);
        assertNothingChanged(before);
    }

    @Test
    void aClosedWindowCannotCall() {
        api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        api.closeWindow(window);
        long before = events.lastId(hall);
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class, () -> api.callNext(window));
        assertThat(refusal.code()).isEqualTo("window-not-open");
        assertNothingChanged(before);
    }

    @Test
    void malformedJsonWrongTypesAndMissingFieldsAreBadRequests() throws Exception {
        long before = events.lastId(hall);
        String tickets = "/api/halls/" + hall + "/tickets";
        assertProblem(raw("POST", tickets, "application/json", "{\"service\": \"a\""), 400, "malformed-request");
        assertProblem(raw("POST", tickets, "application/json", "[1,2,3]"), 400, "malformed-request");
        assertProblem(raw("POST", tickets, "application/json", "{\"service\":\"a\",\"priority\":\"VIP\"}"), 400, "malformed-request");
        assertProblem(raw("POST", tickets, "application/json", "{\"service\":{\"nested\":true}}"), 400, "malformed-request");
        assertProblem(raw("POST", tickets, "application/json", "{}"), 400, "invalid-request");
        assertProblem(raw("POST", tickets, "application/json", ""), 400, "malformed-request");
        assertProblem(raw("POST", tickets, "text/plain", "a"), 415, "unsupported-media-type");
        assertProblem(raw("POST", "/api/windows/abc/call-next", null, null), 400, "invalid-parameter");
        assertProblem(raw("POST", "/api/windows/" + window + "/call", "application/json", "{\"ticket\":42}"), 404, "unknown-ticket");
        assertProblem(raw("POST", "/api/windows/" + window + "/pause", "application/json", "{\"reason\":\"\"}"), 400, "pause-reason-required");
        assertProblem(raw("DELETE", "/api/halls/" + hall + "/tickets", null, null), 405, "method-not-allowed");
        assertProblem(raw("POST", "/api/halls/" + hall + "/stats", "application/json", "{}"), 405, "method-not-allowed");
        assertProblem(raw("DELETE", "/api/halls/" + hall + "/devices/kiosk-1", null, null), 405, "method-not-allowed");
        assertNothingChanged(before);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        long before = events.lastId(hall);
        String huge = "{\"service\":\"a\",\"padding\":\"" + "x".repeat(100_000) + "\"}";
        assertProblem(raw("POST", "/api/halls/" + hall + "/tickets", "application/json", huge), 413, "request-too-large");
        assertNothingChanged(before);
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() {
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class,
                () -> api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "spaces are not allowed"));
        assertThat(refusal.code()).isEqualTo("invalid-idempotency-key");
    }
}
