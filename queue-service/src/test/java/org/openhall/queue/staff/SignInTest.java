package org.openhall.queue.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.ConsoleBrowser;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff sign in through the real form at /login, over HTTP, the way a browser does. */
@QueueServiceTest
class SignInTest extends ApiTestBase {

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    private static String location(HttpResponse<?> response) {
        return ConsoleBrowser.location(response);
    }

    @Test
    void aDemoClerkSignsInWithTheDemoPasswordAndGetsANewSessionId() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(baseUrl());
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page has a session").isNotEmpty();

        HttpResponse<String> signedIn = browser.signIn("wangfang", "demo-1001");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).endsWith("/staff");
        assertThat(browser.sessionId()).as("session fixation: a new session id at sign-in").isNotEmpty()
                .isNotEqualTo(before);
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);

        ConsoleBrowser attacker = new ConsoleBrowser(baseUrl());
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
        HttpResponse<String> refused = new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "wrong-password");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/login?error");

        assertThat(audit.latest(50)).filteredOn(e -> clerk.id() == (e.actorId() == null ? -1 : e.actorId()))
                .extracting(AuditEvent::action, AuditEvent::actorUsername, AuditEvent::remoteAddress)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_FAILED, clerk.username(), "127.0.0.1"));

        HttpResponse<String> ok = new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "password-123");
        assertThat(location(ok)).endsWith("/staff");
        assertThat(audit.latest(50)).filteredOn(e -> e.action() == AuditAction.SIGN_IN)
                .extracting(AuditEvent::actorId, AuditEvent::actorRole).contains(
                        org.assertj.core.groups.Tuple.tuple(clerk.id(), "STAFF"));
    }

    @Test
    void anInactiveAccountIsRefusedEvenWithTheRightPassword() throws Exception {
        StaffMember clerk = TestSignIn.newMember(staff, "郑洁", StaffRole.STAFF);
        staff.setActive(clerk.id(), false);
        HttpResponse<String> refused = new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "password-123");
        assertThat(location(refused)).endsWith("/login?error");
    }

    @Test
    void aSignInPostWithoutTheCsrfTokenIsRefused() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(baseUrl());
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
            assertThat(location(new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "wrong-" + i))).endsWith("/login?error");
        }
        HttpResponse<String> locked = new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "password-123");
        assertThat(location(locked)).endsWith("/login?throttled");
        assertThat(new ConsoleBrowser(baseUrl()).get("/login?throttled").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(14));
        assertThat(location(new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "password-123"))).endsWith("/login?throttled");
        clock.advance(Duration.ofMinutes(2));
        assertThat(location(new ConsoleBrowser(baseUrl()).signIn(clerk.username(), "password-123"))).endsWith("/staff");
    }

    @Test
    void anonymousVisitorsOfTheConsoleAreSentToSignInButMaySeeATicketsStatusPage() throws Exception {
        ConsoleBrowser anonymous = new ConsoleBrowser(baseUrl());
        for (String path : new String[] {"/staff", "/staff/window/1", "/staff/audit", "/admin", "/admin/staff"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode() == 302 ? location(response) : response.body())
                    .as(path).contains("login");
        }
        String hall = halls.create("A");
        var ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "k-" + System.nanoTime());
        HttpResponse<String> status = anonymous.get("/t/" + ticket.id());
        assertThat(status.statusCode()).as("served, not sent to sign in").isEqualTo(200);
        HttpResponse<String> styles = anonymous.get("/styles/openhall.css");
        assertThat(styles.statusCode()).as("the sign-in and status pages' style sheet").isEqualTo(200);
        assertThat(styles.body()).contains(".oh-login-page");
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
