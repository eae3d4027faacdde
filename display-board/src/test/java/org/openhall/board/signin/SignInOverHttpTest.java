package org.openhall.board.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.board.BoardBrowser.location;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.BoardBrowser;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueConfiguration;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * display-board on a real port, as a browser sees it: the boards, window screens and health open to
 * anyone, the dashboard behind a manager's sign-in through the real form at {@code /login}, checked
 * by an in-memory queue-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeQueueConfiguration.class)
class SignInOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    FakeQueueApi queue;

    @BeforeEach
    void demoStaff() {
        queue.addStaff("zhaomin", "demo-2001", "赵敏", "2001", "MANAGER");
        queue.addStaff("wangfang", "demo-1001", "王芳", "1001", "STAFF");
    }

    @AfterEach
    void answerSignInsAgain() {
        queue.failSignIns(null);
    }

    private BoardBrowser browser() {
        return new BoardBrowser("http://localhost:" + port);
    }

    @Test
    void sendsAnAnonymousVisitorOfTheDashboardToSignIn() throws Exception {
        BoardBrowser anonymous = browser();
        for (String path : new String[] {"/dashboard", "/hall/demo/dashboard"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void keepsTheBoardsWindowScreensHealthAndStyleSheetsOpenToAnyone() throws Exception {
        BoardBrowser anonymous = browser();
        for (String path : new String[] {"/", "/hall/demo", "/window/1", "/hall/demo/window/3", "/login",
                "/styles/board.css", "/styles/dashboard.css", "/styles/signin.css", "/lumo/lumo.css"}) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> health = anonymous.get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(health.headers().firstValue("Set-Cookie")).as("health opens no session").isEmpty();
    }

    @Test
    void aManagerSignsInWithANewSessionIdAndIsSentBackToTheDashboardAsked() throws Exception {
        BoardBrowser manager = browser();
        assertThat(location(manager.get("/hall/demo/dashboard"))).endsWith("/login");
        manager.get("/login");
        String before = manager.sessionId();
        assertThat(before).as("the sign-in page has a session").isNotEmpty();

        HttpResponse<String> signedIn = manager.signIn("zhaomin", "demo-2001");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).contains("/hall/demo/dashboard");
        assertThat(manager.sessionId()).as("session fixation: a new session id at sign-in").isNotEmpty()
                .isNotEqualTo(before);
        assertThat(manager.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(queue.signIns().getLast().from()).as("the browser's address, for queue-service's throttle")
                .isEqualTo("127.0.0.1");
    }

    @Test
    void signingInAtTheSignInPageItselfLeadsToTheDashboard() throws Exception {
        HttpResponse<String> signedIn = browser().signIn("zhaomin", "demo-2001");

        assertThat(location(signedIn)).endsWith("/dashboard");
        assertThat(location(signedIn)).doesNotContain("/hall/");
    }

    @Test
    void sendsEachRefusalBackToTheSignInPageWithItsReason() throws Exception {
        assertThat(location(browser().signIn("zhaomin", "wrong"))).endsWith("/login?error");

        BoardBrowser clerk = browser();
        assertThat(location(clerk.signIn("wangfang", "demo-1001"))).endsWith("/login?not-manager");
        assertThat(location(clerk.get("/dashboard"))).as("the clerk is not signed in").endsWith("/login");

        queue.failSignIns(new QueueApiException(new Problem(null, "Too Many Requests", 429, "Too many", "sign-in-throttled")));
        assertThat(location(browser().signIn("zhaomin", "demo-2001"))).endsWith("/login?throttled");

        queue.failSignIns(new QueueUnavailableException("queue-service unreachable", new ConnectException("refused")));
        assertThat(location(browser().signIn("zhaomin", "demo-2001"))).endsWith("/login?unavailable");

        for (String reason : new String[] {"error", "not-manager", "throttled", "unavailable", "signedOut"}) {
            assertThat(browser().get("/login?" + reason).statusCode()).as(reason).isEqualTo(200);
        }
    }

    @Test
    void refusesASignInPostWithoutTheCsrfToken() throws Exception {
        BoardBrowser browser = browser();
        browser.get("/login");
        int checked = queue.signIns().size();

        HttpResponse<String> refused = browser.post("/login", Map.of("username", "zhaomin", "password", "demo-2001"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(queue.signIns()).as("the password was never checked").hasSize(checked);
        assertThat(location(browser.get("/dashboard"))).as("still not signed in").endsWith("/login");
    }
}
