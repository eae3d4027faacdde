package org.openhall.queue.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every API endpoint, called by every kind of caller, against the outcome the
 * table below expects. {@code ok} means access control let the request through (what the endpoint
 * then answers, 200 or 404 or 409, is other tests' business); {@code 401} and {@code 403} mean it
 * was refused for who the caller is, with one of the access problem codes. A new endpoint without
 * a row here fails {@link #everyApiEndpointHasARow()}.
 */
@QueueServiceTest
class ApiAuthorizationMatrixTest extends ApiTestBase {

    /** The callers, in the order of the table's columns. */
    enum Caller {
        ANONYMOUS, KIOSK, BOARD, STAFF, MANAGER, ADMIN, REVOKED, OTHER_HALL_KIOSK, OTHER_HALL_BOARD
    }

    /** Problem codes that mean "refused for who you are", as opposed to what you asked. */
    private static final Set<String> ACCESS_CODES = Set.of("sign-in-required", "wrong-credentials", "invalid-token",
            "token-revoked", "forbidden", "not-seated-at-window", "wrong-device-kind");

    // @formatter:off
    private static final String[][] TABLE = {
        //  method  path                                                  anon  kiosk board staff mgr  admin revkd oKiosk oBoard
        {"GET",  "/api/halls",                                           "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"GET",  "/api/halls/{hall}",                                    "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"GET",  "/api/halls/{hall}/services",                           "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"GET",  "/api/tickets/{ticket}",                                "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        // Consultations are public: a conversation's id is unguessable (here an unknown one: 404).
        {"POST", "/api/halls/{hall}/consultations",                      "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"GET",  "/api/consultations/{consultation}",                    "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/consultations/{consultation}/messages",           "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/consultations/{consultation}/close",              "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"GET",  "/api/halls/{hall}/windows",                            "401  ok    ok    ok    ok   ok    401   403    403"},
        {"GET",  "/api/windows/{window}",                                "401  ok    ok    ok    ok   ok    401   403    403"},
        {"GET",  "/api/halls/{hall}/tickets/by-number/{number}",         "401  ok    ok    ok    ok   ok    401   403    403"},
        {"GET",  "/api/halls/{hall}/snapshot",                           "401  403   ok    ok    ok   ok    401   403    403"},
        {"GET",  "/api/halls/{hall}/events",                             "401  403   ok    ok    ok   ok    401   403    403"},
        {"GET",  "/api/halls/{hall}/stats",                              "401  403   ok    403   ok   ok    401   403    403"},
        {"GET",  "/api/halls/{hall}/reports/{period}",                   "401  403   403   403   ok   ok    401   403    403"},
        {"POST", "/api/halls/{hall}/tickets",                            "401  ok    403   403   403  403   401   403    403"},
        {"POST", "/api/halls/{hall}/check-ins/lookup",                   "401  ok    403   403   403  403   401   403    403"},
        {"POST", "/api/halls/{hall}/check-ins",                          "401  ok    403   403   403  403   401   403    403"},
        {"POST", "/api/halls/{hall}/people/lookup",                      "401  ok    403   403   403  403   401   403    403"},
        {"PUT",  "/api/halls/{hall}/devices/{device}",                   "401  ok    403   403   403  403   401   403    403"},
        {"POST", "/api/halls/{hall}/feedback",                           "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"GET",  "/api/feedback/{trackingNumber}",                       "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/pre-applications",                                "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/appointments",                                    "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/staff/sign-in",                                   "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/windows/{window}/call-next",                      "401  403   403   ok    403  403   401   403    403"},
        {"POST", "/api/windows/{window}/call",                           "401  403   403   ok    403  403   401   403    403"},
        {"POST", "/api/windows/{window}/pause",                          "401  403   403   ok    403  403   401   403    403"},
        // A manager or admin may sit at a free window: opening one someone holds is refused as taken (409).
        {"POST", "/api/windows/{window}/open",                           "401  403   403   ok    ok   ok    401   403    403"},
        // Anybody rates a visit: the ticket in the table is still waiting, so each answers 409 not-completed.
        {"POST", "/api/tickets/{ticket}/rating",                         "ok   ok    ok    ok    ok   ok    401   ok     ok"},
        {"POST", "/api/tickets/{ticket}/recall",                         "401  403   403   ok    403  403   401   403    403"},
        {"POST", "/api/tickets/{ticket}/start",                          "401  403   403   ok    403  403   401   403    403"},
        {"POST", "/api/tickets/{ticket}/complete",                       "401  403   403   ok    403  403   401   403    403"},
        {"POST", "/api/tickets/{ticket}/no-show",                        "401  403   403   ok    403  403   401   403    403"},
        {"POST", "/api/tickets/{ticket}/transfer",                       "401  403   403   ok    403  403   401   403    403"},
        // A manager looks after the whole hall: requeues or cancels without a window.
        {"POST", "/api/tickets/{ticket}/requeue",                        "401  403   403   ok    ok   ok    401   403    403"},
        {"POST", "/api/tickets/{ticket}/cancel",                         "401  403   403   ok    ok   ok    401   403    403"},
        // Last: closing unseats the clerk.
        {"POST", "/api/windows/{window}/close",                          "401  403   403   ok    403  403   401   403    403"},
        {"GET",  "/actuator/health",                                     "ok   ok    ok    ok    ok   ok    401   ok     ok"},
    };
    // @formatter:on

    @Autowired
    DeviceTokens devices;

    @Autowired
    StaffDirectory staff;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyCallerGetsWhatTheTableSaysAtEveryEndpoint() throws Exception {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        String otherHall = halls.create("A");
        TicketView waiting = api.issueTicket(hall, new IssueTicketRequest("a", null, null), UUID.randomUUID().toString());
        String tracking = api.submitFeedback(hall, new org.openhall.client.api.FeedbackRequest("SUGGESTION",
                "OTHER", "更多座位 More seats", null, null)).trackingNumber();
        StaffMember manager = TestSignIn.newMember(staff, "经理", StaffRole.MANAGER);
        StaffMember admin = TestSignIn.newMember(staff, "管理员", StaffRole.ADMIN);
        String revoked = devices.register(hall, DeviceRole.KIOSK, "lost kiosk", null).token();
        devices.revoke(devices.devices(hall).stream().filter(d -> d.name().equals("lost kiosk")).findFirst()
                .orElseThrow().id(), null);
        QueueClientSettings base = settings();
        Map<Caller, String> authorization = new EnumMap<>(Caller.class);
        authorization.put(Caller.KIOSK, bearer(access.kioskToken(hall)));
        authorization.put(Caller.BOARD, bearer(access.boardToken(hall)));
        var clerk = access.clerkAt(window);
        authorization.put(Caller.STAFF, base.withStaff(clerk.username(), clerk.password()).authorization().orElseThrow());
        authorization.put(Caller.MANAGER, base.withStaff(manager.username(), TestSignIn.PASSWORD).authorization()
                .orElseThrow());
        authorization.put(Caller.ADMIN, base.withStaff(admin.username(), TestSignIn.PASSWORD).authorization()
                .orElseThrow());
        authorization.put(Caller.REVOKED, bearer(revoked));
        authorization.put(Caller.OTHER_HALL_KIOSK, bearer(access.kioskToken(otherHall)));
        authorization.put(Caller.OTHER_HALL_BOARD, bearer(access.boardToken(otherHall)));

        List<String> wrong = new ArrayList<>();
        for (String[] row : TABLE) {
            String method = row[0];
            String path = row[1].replace("{hall}", hall).replace("{window}", Long.toString(window))
                    .replace("{ticket}", waiting.id()).replace("{number}", waiting.number())
                    .replace("{trackingNumber}", tracking).replace("{device}", "kiosk-matrix")
                    .replace("{period}", "daily").replace("{consultation}", "no-such-consultation");
            String[] expected = row[2].trim().split("\\s+");
            assertThat(expected).as(row[1]).hasSize(Caller.values().length);
            for (Caller caller : Caller.values()) {
                Outcome outcome = call(method, path, body(row[1], manager), authorization.get(caller));
                String want = expected[caller.ordinal()];
                if (!outcome.matches(want)) {
                    wrong.add(method + " " + row[1] + " as " + caller + ": expected " + want + ", got " + outcome);
                }
            }
        }
        assertThat(wrong).as("outcomes that differ from the table").isEmpty();
    }

    @Test
    void everyApiEndpointHasARow() {
        Set<String> inTable = new TreeSet<>();
        for (String[] row : TABLE) {
            inTable.add(row[0] + " " + row[1]);
        }
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null || info.getMethodsCondition().getMethods().isEmpty()) {
                continue; // the catch-all that answers 404 for unknown API paths
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    expand(pattern).forEach(path -> endpoints.add(method.name() + " " + path));
                }
            }
        }
        assertThat(endpoints).as("API endpoints").isNotEmpty();
        assertThat(inTable).as("every endpoint has a row in the table").containsAll(endpoints);
    }

    /** "/api/tickets/{ticket}/{action:recall|start}" is two endpoints. */
    private static List<String> expand(String pattern) {
        Matcher choice = Pattern.compile("\\{(\\w+):([\\w|-]+)}").matcher(pattern);
        if (!choice.find()) {
            return List.of(pattern);
        }
        List<String> paths = new ArrayList<>();
        for (String option : choice.group(2).split("\\|")) {
            paths.addAll(expand(pattern.substring(0, choice.start()) + option + pattern.substring(choice.end())));
        }
        return paths;
    }

    private static String body(String template, StaffMember manager) {
        return switch (template) {
            case "/api/halls/{hall}/tickets" -> "{\"service\":\"a\"}";
            case "/api/halls/{hall}/consultations" -> "{\"service\":\"a\",\"question\":\"Which papers?\"}";
            case "/api/consultations/{consultation}/messages" -> "{\"text\":\"Thanks\"}";
            case "/api/halls/{hall}/check-ins/lookup", "/api/halls/{hall}/check-ins" -> "{\"payload\":\"OH1.P.x\"}";
            case "/api/halls/{hall}/people/lookup" -> "{\"idNumber\":\"11010519491231002X\"}";
            case "/api/halls/{hall}/devices/{device}" -> "{\"kind\":\"KIOSK\",\"state\":\"READY\"}";
            case "/api/halls/{hall}/feedback" ->
                    "{\"kind\":\"SUGGESTION\",\"category\":\"OTHER\",\"text\":\"Water please\"}";
            case "/api/staff/sign-in" ->
                    "{\"username\":\"" + manager.username() + "\",\"password\":\"" + TestSignIn.PASSWORD + "\"}";
            case "/api/windows/{window}/call" -> "{\"ticket\":\"nobody\"}";
            case "/api/windows/{window}/pause" -> "{\"reason\":\"lunch\"}";
            case "/api/tickets/{ticket}/transfer" -> "{\"service\":\"a\"}";
            case "/api/tickets/{ticket}/rating" -> "{\"level\":5,\"channel\":\"WEB\"}";
            default -> "{}";
        };
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** What came back: the status and, for a problem, its code. */
    record Outcome(int status, String code) {

        boolean refusedForWhoYouAre() {
            return (status == 401 || status == 403) && ACCESS_CODES.contains(code);
        }

        boolean matches(String want) {
            return switch (want) {
                case "ok" -> !refusedForWhoYouAre() && status < 500;
                case "401" -> status == 401 && refusedForWhoYouAre();
                case "403" -> status == 403 && refusedForWhoYouAre();
                default -> throw new IllegalArgumentException(want);
            };
        }

        @Override
        public String toString() {
            return status + (code.isEmpty() ? "" : " " + code);
        }
    }

    private Outcome call(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        // An event stream never ends: read the status and the start of the body only.
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String start;
        try (InputStream in = response.body()) {
            start = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream") ? ""
                    : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(start);
        return new Outcome(response.statusCode(), code.find() ? code.group(1) : "");
    }
}
