package org.openhall.queue.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff sign in through the real form at /login, over HTTP, the way a browser does. */
@QueueServiceTest
class SignInTest extends ApiTestBase {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    /** A browser of its own: a cookie jar, and redirects left for the test to look at. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }

        /** Opens the sign-in page and posts the form with its CSRF token; returns the response. */
        HttpResponse<String> signIn(String username, String password) throws Exception {
            HttpResponse<String> page = get("/login");
            assertThat(page.statusCode()).isEqualTo(200);
            return post("/login", Map.of(find(CSRF_PARAMETER, page.body()), find(CSRF, page.body()),
                    "username", username, "password", password));
        }
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("the page carries %s: %s", pattern, html).isTrue();
        return m.group(1);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aDemoClerkSignsInWithTheDemoPasswordAndGetsANewSessionId() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page has a session").isNotEmpty();

        HttpResponse<String> signedIn = browser.signIn("wangfang", "demo-1001");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).endsWith("/staff");
        assertThat(browser.sessionId()).as("session fixation: a new session id at sign-in").isNotEmpty()
                .isNotEqualTo(before);
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);

        Browser attacker = new Browser();
        attacker.cookies.getCookieStore().add(URI.create(baseUrl()), cookie("JSESSIONID", before));
        HttpResponse<String> fixed = attacker.get("/staff");
        assertThat(fixed.statusCode() == 302 ? location(fixed) : fixed.body())
                .as("the session id known before sign-in does not carry the sign-in").contains("login");
    }

    private static HttpCookie cookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        StaffMember clerk = TestSignIn.newMember(staff, "周婷", StaffRole.STAFF);
        HttpResponse<String> refused = new Browser().signIn(clerk.username(), "wrong-password");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/login?error");

        assertThat(audit.latest(50)).filteredOn(e -> clerk.id() == (e.actorId() == null ? -1 : e.actorId()))
                .extracting(AuditEvent::action, AuditEvent::actorUsername, AuditEvent::remoteAddress)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_FAILED, clerk.username(), "127.0.0.1"));

        HttpResponse<String> ok = new Browser().signIn(clerk.username(), "password-123");
        assertThat(location(ok)).endsWith("/staff");
        assertThat(audit.latest(50)).filteredOn(e -> e.action() == AuditAction.SIGN_IN)
                .extracting(AuditEvent::actorId, AuditEvent::actorRole).contains(
                        org.assertj.core.groups.Tuple.tuple(clerk.id(), "STAFF"));
    }

    @Test
    void anInactiveAccountIsRefusedEvenWithTheRightPassword() throws Exception {
        StaffMember clerk = TestSignIn.newMember(staff, "郑洁", StaffRole.STAFF);
        staff.setActive(clerk.id(), false);
        HttpResponse<String> refused = new Browser().signIn(clerk.username(), "password-123");
        assertThat(location(refused)).endsWith("/login?error");
    }

    @Test
    void aSignInPostWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        HttpResponse<String> refused = browser.post("/login", Map.of("username", "wangfang", "password", "demo-1001"));
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> console = browser.get("/staff");
        assertThat(console.statusCode()).as("still not signed in").isEqualTo(302);
        assertThat(location(console)).contains("/login");
    }

    @Test
    void fiveFailuresLockTheUsernameForFifteenMinutesEvenForTheRightPassword() throws Exception {
        StaffMember clerk = TestSignIn.newMember(staff, "孙磊", StaffRole.STAFF);
        clock.set(java.time.Instant.parse("2026-03-02T02:00:00Z"));
        for (int i = 0; i < 5; i++) {
            assertThat(location(new Browser().signIn(clerk.username(), "wrong-" + i))).endsWith("/login?error");
        }
        HttpResponse<String> locked = new Browser().signIn(clerk.username(), "password-123");
        assertThat(location(locked)).endsWith("/login?throttled");
        assertThat(new Browser().get("/login?throttled").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(14));
        assertThat(location(new Browser().signIn(clerk.username(), "password-123"))).endsWith("/login?throttled");
        clock.advance(Duration.ofMinutes(2));
        assertThat(location(new Browser().signIn(clerk.username(), "password-123"))).endsWith("/staff");
    }

    @Test
    void anonymousVisitorsOfTheConsoleAreSentToSignInButMaySeeATicketsStatusPage() throws Exception {
        Browser anonymous = new Browser();
        for (String path : new String[] {"/staff", "/staff/window/1", "/staff/audit"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode() == 302 ? location(response) : response.body())
                    .as(path).contains("login");
        }
        String hall = halls.create("A");
        var ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "k-" + System.nanoTime());
        HttpResponse<String> status = anonymous.get("/t/" + ticket.id());
        assertThat(status.statusCode()).as("served, not sent to sign in").isEqualTo(200);
    }

    @Test
    void theApiStaysOpenWithoutSessionOrCsrfToken() throws Exception {
        assertThat(raw("GET", "/api/halls", null, null).statusCode()).isEqualTo(200);
        String hall = halls.create("A");
        var created = raw("POST", "/api/halls/" + hall + "/tickets", "application/json", "{\"service\":\"a\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(raw("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    }
}
