package org.openhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.openhall.client.Fixtures.SERVER_JSON;
import static org.openhall.client.Fixtures.WAITING_TICKET;
import static org.openhall.client.Fixtures.WAITING_TICKET_JSON;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import tools.jackson.core.JacksonException;

class HttpQueueClientTest {

    private FakeQueueService service;
    private HttpQueueClient client;

    @BeforeEach
    void start() throws IOException {
        service = new FakeQueueService();
        client = new HttpQueueClient(service.settings());
    }

    @AfterEach
    void stop() {
        client.close();
        service.close();
    }

    @Test
    void readsHallsServicesAndWindowsAsJson() {
        service.respondJson("GET", "/api/halls", 200, List.of(Fixtures.hall()));
        service.respondJson("GET", "/api/halls/demo/services", 200, List.of(Fixtures.service()));
        service.respondJson("GET", "/api/halls/demo/windows", 200, List.of(Fixtures.window(7, WindowState.OPEN)));

        assertThat(client.halls()).containsExactly(Fixtures.hall());
        assertThat(client.services("demo")).containsExactly(Fixtures.service());
        assertThat(client.windows("demo")).containsExactly(Fixtures.window(7, WindowState.OPEN));
        assertThat(service.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.header("Accept")).isEqualTo("application/json");
            assertThat(request.header("Authorization")).isNull();
        });
    }

    @Test
    void issuesATicketWithItsIdempotencyKeyAndReadsThe201Ticket() {
        service.respond("POST", "/api/halls/demo/tickets", 201, "application/json", WAITING_TICKET_JSON);

        TicketView ticket = client.issueTicket("demo",
                new IssueTicketRequest("business-licence", Channel.APPOINTMENT, Priority.GREEN_CHANNEL), "kiosk-3-0815");

        assertThat(ticket).isEqualTo(WAITING_TICKET);
        FakeQueueService.Request sent = service.lastRequest();
        assertThat(sent.header("Idempotency-Key")).isEqualTo("kiosk-3-0815");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(SERVER_JSON.readValue(sent.body(), Map.class)).isEqualTo(Map.of(
                "service", "business-licence", "channel", "APPOINTMENT", "priority", "GREEN_CHANNEL"));
    }

    @Test
    void leavesUnsetFieldsOutOfRequestBodies() {
        service.respond("POST", "/api/halls/demo/tickets", 201, "application/json", WAITING_TICKET_JSON);

        client.issueTicket("demo", new IssueTicketRequest("business-licence", null, null), "key-1");

        assertThat(service.lastRequest().body()).isEqualTo("{\"service\":\"business-licence\"}");
    }

    @Test
    void refusesToIssueATicketWithoutAnIdempotencyKey() {
        assertThatThrownBy(() -> client.issueTicket("demo", IssueTicketRequest.walkIn("business-licence"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.requests()).isEmpty();
    }

    @Test
    void sendsTheBearerTokenWhenOneIsConfigured() {
        service.respond("GET", "/api/tickets/t-1", 200, "application/json", WAITING_TICKET_JSON);
        try (var withToken = new HttpQueueClient(service.settings().withBearerToken("kiosk-3-secret"))) {
            withToken.ticket("t-1");
        }

        assertThat(service.lastRequest().header("Authorization")).isEqualTo("Bearer kiosk-3-secret");
    }

    @Test
    void readsATicketThatCarriesPropertiesThisClientDoesNotKnow() {
        service.respond("GET", "/api/tickets/t-1", 200, "application/json", WAITING_TICKET_JSON);

        assertThat(client.ticket("t-1")).isEqualTo(WAITING_TICKET);
    }

    @Test
    void encodesEveryPathSegment() {
        service.respond("GET", "/api/tickets/a%20b%2F..%3F%E5%8F%B7", 200, "application/json", WAITING_TICKET_JSON);

        assertThat(client.ticket("a b/..?号")).isEqualTo(WAITING_TICKET);
    }

    static Stream<Arguments> ticketActions() {
        return Stream.of(
                arguments("recall", (BiFunction<QueueApi, String, TicketView>) QueueApi::recall),
                arguments("start", (BiFunction<QueueApi, String, TicketView>) QueueApi::start),
                arguments("complete", (BiFunction<QueueApi, String, TicketView>) QueueApi::complete),
                arguments("no-show", (BiFunction<QueueApi, String, TicketView>) QueueApi::noShow),
                arguments("requeue", (BiFunction<QueueApi, String, TicketView>) QueueApi::requeue),
                arguments("cancel", (BiFunction<QueueApi, String, TicketView>) QueueApi::cancel));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ticketActions")
    void postsEachTicketActionWithoutABodyAndReadsTheTicket(String action,
            BiFunction<QueueApi, String, TicketView> call) {
        TicketView after = Fixtures.ticket("t-9", TicketStatus.SERVING);
        service.respondJson("POST", "/api/tickets/t-9/" + action, 200, after);

        assertThat(call.apply(client, "t-9")).isEqualTo(after);
        assertThat(service.lastRequest().body()).isEmpty();
    }

    @Test
    void transfersATicketWithTheTargetInTheBody() {
        TicketView transferred = Fixtures.ticket("t-9", TicketStatus.TRANSFERRED);
        service.respondJson("POST", "/api/tickets/t-9/transfer", 200, transferred);

        assertThat(client.transfer("t-9", new TransferRequest(null, 12L, "needs a stamp"))).isEqualTo(transferred);
        assertThat(SERVER_JSON.readValue(service.lastRequest().body(), Map.class))
                .isEqualTo(Map.of("window", 12, "note", "needs a stamp"));
    }

    @Test
    void callsTheNextTicketForAWindow() {
        TicketView called = Fixtures.ticket("t-3", TicketStatus.CALLED);
        service.respondJson("POST", "/api/windows/7/call-next", 200, called);

        assertThat(client.callNext(7)).contains(called);
    }

    @Test
    void callNextIsEmptyWhenNothingWaits() {
        service.respond("POST", "/api/windows/7/call-next", 204, "application/json", "");

        assertThat(client.callNext(7)).isEmpty();
    }

    @Test
    void callsASpecificTicketOutOfOrder() {
        TicketView called = Fixtures.ticket("t-5", TicketStatus.CALLED);
        service.respondJson("POST", "/api/windows/7/call", 200, called);

        assertThat(client.call(7, new CallTicketRequest("t-5"))).isEqualTo(called);
        assertThat(service.lastRequest().body()).isEqualTo("{\"ticket\":\"t-5\"}");
    }

    @Test
    void opensPausesAndClosesAWindow() {
        service.respondJson("POST", "/api/windows/7/open", 200, Fixtures.window(7, WindowState.OPEN));
        service.respondJson("POST", "/api/windows/7/pause", 200, Fixtures.window(7, WindowState.PAUSED));
        service.respondJson("POST", "/api/windows/7/close", 200, Fixtures.window(7, WindowState.CLOSED));

        assertThat(client.openWindow(7)).isEqualTo(Fixtures.window(7, WindowState.OPEN));
        WindowView paused = client.pauseWindow(7, "lunch");
        assertThat(paused.state()).isEqualTo(WindowState.PAUSED);
        assertThat(paused.pauseReason()).isEqualTo("lunch");
        assertThat(service.lastRequest().body()).isEqualTo("{\"reason\":\"lunch\"}");
        assertThat(client.closeWindow(7)).isEqualTo(Fixtures.window(7, WindowState.CLOSED));
    }

    @Test
    void readsTheHallSnapshot() {
        service.respondJson("GET", "/api/halls/demo/snapshot", 200, Fixtures.snapshot());

        assertThat(client.snapshot("demo")).isEqualTo(Fixtures.snapshot());
    }

    @Test
    void turnsAProblemDetailIntoAQueueApiExceptionWithCodeStatusAndDetail() {
        service.respond("POST", "/api/halls/demo/tickets", 409, "application/problem+json", """
                {"type":"https://openhall.org/problems/quota-reached","title":"Daily quota reached","status":409,
                 "detail":"Business licence has no tickets left today","instance":"/api/halls/demo/tickets"}""");

        QueueApiException refused = catchThrowableOfType(QueueApiException.class,
                () -> client.issueTicket("demo", IssueTicketRequest.walkIn("business-licence"), "key-1"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("quota-reached");
        assertThat(refused.problem().title()).isEqualTo("Daily quota reached");
        assertThat(refused.problem().detail()).isEqualTo("Business licence has no tickets left today");
        assertThat(refused).hasMessageContaining("no tickets left");
    }

    @Test
    void keepsTheCodeTheServerSent() {
        service.respond("POST", "/api/tickets/t-1/start", 409, "application/problem+json", """
                {"type":"https://openhall.org/problems/illegal-transition","status":409,"code":"not-called"}""");

        assertThatThrownBy(() -> client.start("t-1")).isInstanceOfSatisfying(QueueApiException.class,
                refused -> assertThat(refused.code()).isEqualTo("not-called"));
    }

    @Test
    void buildsAProblemFromStatusAndBodyWhenTheErrorIsNotAProblemDetail() {
        service.respond("GET", "/api/halls", 502, "text/plain", "Bad gateway: upstream is restarting");

        assertThatThrownBy(client::halls).isInstanceOfSatisfying(QueueApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(502);
            assertThat(refused.code()).isEmpty();
            assertThat(refused.problem().detail()).isEqualTo("Bad gateway: upstream is restarting");
        });
    }

    @Test
    void reportsAnUnknownRouteAsAProblemWithoutACode() {
        assertThatThrownBy(() -> client.ticket("missing")).isInstanceOfSatisfying(QueueApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEmpty();
        });
    }

    @Test
    void throwsQueueUnavailableWhenTheServerDoesNotAnswerInTime() {
        var neverAnswered = new CountDownLatch(1);
        service.on("GET", "/api/halls", (request, exchange) -> {
            neverAnswered.countDown();
            service.hold();
        });
        try (var impatient = new HttpQueueClient(
                service.settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)))) {

            assertThatThrownBy(impatient::halls)
                    .isInstanceOf(QueueUnavailableException.class)
                    .hasCauseInstanceOf(HttpTimeoutException.class);
        }
        assertThat(neverAnswered.getCount()).isZero();
    }

    @Test
    void throwsQueueUnavailableWhenNothingListens() throws IOException {
        int freePort;
        try (var socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (var nowhere = new HttpQueueClient(QueueClientSettings.of("http://127.0.0.1:" + freePort))) {

            assertThatThrownBy(() -> nowhere.snapshot("demo")).isInstanceOf(QueueUnavailableException.class)
                    .hasCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void reportsAnUnreadableSuccessAsAProblem() {
        service.respond("GET", "/api/halls/demo/snapshot", 200, "application/json", "<html>login</html>");

        assertThatThrownBy(() -> client.snapshot("demo"))
                .isInstanceOfSatisfying(QueueApiException.class, refused -> assertThat(refused.status()).isEqualTo(200))
                .hasCauseInstanceOf(JacksonException.class);
    }
}
