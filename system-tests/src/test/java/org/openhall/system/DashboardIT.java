package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The managers' dashboard ({@code /dashboard} on display-board) in real Chromium at 1920×1080 against
 * the three apps started from their jars: only a manager or admin signed in sees it — an anonymous
 * browser is sent to the sign-in page, a clerk is refused with a message — while the hall board stays
 * public; signed in, it follows the hall live — tickets issued, called and completed through the API
 * change its waiting and served figures within a few seconds, and a window paused through the API
 * shows as paused with the reason given. The API is called as its real callers ({@link DemoAccess}):
 * tickets with the demo kiosk's token, window actions by the clerk seated there. One screenshot holds
 * both languages.
 */
class DashboardIT {

    /** The dashboard refreshes within about a second of a hall event; this leaves room for a busy machine. */
    private static final Duration LIVE = Duration.ofSeconds(5);

    private static HallProcesses hall;
    private static DemoAccess demo;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startHall() throws Exception {
        hall = new HallProcesses().start();
        demo = new DemoAccess(hall.queueUrl());
    }

    @AfterAll
    static void stopHall() {
        if (demo != null) {
            demo.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void theDashboardFollowsTheHallLiveAndShowsAPausedWindow() throws Exception {
        // A morning so far: six tickets; two served at windows 1 and 2, one being called at window 3.
        for (String service : new String[] {"company-registration", "invoice", "social-insurance", "company-registration",
                "social-insurance", "invoice"}) {
            issue(service);
        }
        serve(callNext(1));
        serve(callNext(2));
        String atWindow3 = callNext(3);

        ChromeDriver dashboard = Browser.open("zh-CN", 1920, 1080);
        try {
            // The page itself at 1920×1080, as on a full-HD screen (the window size includes the browser's frame).
            dashboard.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
            // Sent to the sign-in page, the manager signs in there and is brought back to the dashboard.
            dashboard.get(hall.boardUrl() + "/dashboard");
            await("sent to /login").atMost(Duration.ofSeconds(30)).until(() -> StaffConsole.onLoginPage(dashboard));
            StaffConsole.fillIn(dashboard, DemoAccess.MANAGER.username(), DemoAccess.MANAGER.password());
            await("back on the dashboard").atMost(Duration.ofSeconds(30))
                    .until(() -> URI.create(dashboard.getCurrentUrl()).getPath(), "/dashboard"::equals);
            await("signed in as 赵敏").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> dashboard.findElement(By.id("signed-in-as")).getText(), t -> t.contains("赵敏"));
            assertThat(dashboard.findElement(By.id("sign-out")).isDisplayed()).isTrue();
            await("dashboard loaded").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> figure(dashboard, "served"), "2"::equals);
            await().atMost(LIVE).ignoreExceptions().until(() -> figure(dashboard, "waiting"), "3"::equals);

            // More visitors: the waiting figure follows.
            issue("property-transfer");
            issue("company-registration");
            long issued = System.nanoTime();
            await("waiting 5").atMost(LIVE).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                    .until(() -> figure(dashboard, "waiting"), "5"::equals);
            System.out.printf("Dashboard: waiting figure updated %d ms after the second ticket%n",
                    Duration.ofNanos(System.nanoTime() - issued).toMillis());

            // Window 3 finishes its visitor: one more served.
            serve(atWindow3);
            long served = System.nanoTime();
            await("served 3").atMost(LIVE).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                    .until(() -> figure(dashboard, "served"), "3"::equals);
            System.out.printf("Dashboard: served figure updated %d ms after the completion%n",
                    Duration.ofNanos(System.nanoTime() - served).toMillis());

            // Window 4's clerk goes to lunch, from a call pad: her own sign-in, HTTP Basic.
            HttpResponse<String> paused = http.send(HttpRequest.newBuilder(
                            URI.create(hall.queueUrl() + "/api/windows/" + demo.windowId(4) + "/pause"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", DemoAccess.clerk(4).basic())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"午休\"}", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
            WebElement card = await("window 4 paused").atMost(LIVE).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                    .until(() -> dashboard.findElement(By.cssSelector(".window-card[data-window='4']")),
                            c -> "paused".equals(c.getAttribute("data-state")));
            assertThat(card.findElement(By.cssSelector(".window-state")).getText()).contains("暂停", "Paused", "午休");
            await().atMost(LIVE).ignoreExceptions().until(() -> figure(dashboard, "paused"), "1"::equals);

            Browser.screenshot(dashboard, "zh-CN+en-dashboard");
        } finally {
            dashboard.quit();
        }
    }

    @Test
    void anAnonymousBrowserIsSentToTheSignInPageWhileTheHallBoardStaysPublic() throws Exception {
        ChromeDriver browser = Browser.open("zh-CN", 1920, 1080);
        try {
            browser.get(hall.boardUrl() + "/dashboard");
            await("sent to /login").atMost(Duration.ofSeconds(30)).until(() -> StaffConsole.onLoginPage(browser));
            await("sign-in form").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> browser.findElement(By.cssSelector("vaadin-login-form#login-form")), WebElement::isDisplayed);
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).contains("管理看板登录", "Manager dashboard sign-in");
            assertThat(page).doesNotContain("赵敏").doesNotContain("王芳");
            assertThat(browser.findElements(By.cssSelector(".dash-figure"))).isEmpty();
            assertThat(StaffConsole.errorMessage(browser)).isEmpty();
            Browser.screenshot(browser, "zh-CN+en-dashboard-login");

            // The hall board needs no sign-in.
            browser.get(hall.boardUrl() + "/");
            await("the hall board").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> browser.findElement(By.cssSelector(".current-calls")).getText(),
                            t -> !t.isBlank() && !t.contains("正在载入"));
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("市民服务中心");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aClerkIsRefusedTheDashboardWithAMessage() throws Exception {
        ChromeDriver browser = Browser.open("zh-CN", 1920, 1080);
        try {
            // The right password of window 1's clerk: a clerk's account may not open the dashboard.
            DemoAccess.Staff clerk = DemoAccess.clerk(1);
            StaffConsole.submit(browser, hall.boardUrl(), clerk.username(), clerk.password());
            String error = await("the refusal").atMost(StaffConsole.LOAD).ignoreExceptions()
                    .until(() -> StaffConsole.errorMessage(browser), e -> !e.isEmpty());
            assertThat(error).contains("仅限管理人员", "Managers only");
            assertThat(StaffConsole.onLoginPage(browser)).as("still on /login: " + browser.getCurrentUrl()).isTrue();
            assertThat(browser.getCurrentUrl()).contains("not-manager");
            Browser.screenshot(browser, "zh-CN+en-dashboard-login-clerk-refused");

            // Not signed in: the dashboard still sends the browser to the sign-in page.
            browser.get(hall.boardUrl() + "/dashboard");
            await("back on /login").atMost(StaffConsole.LOAD).until(() -> StaffConsole.onLoginPage(browser));
            assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    // --- helpers ---

    /** The value of a summary figure ("waiting", "served", "open", "paused", "idle", "alerts"). */
    private static String figure(ChromeDriver dashboard, String kind) {
        return dashboard.findElement(By.cssSelector(".dash-figure[data-figure='" + kind + "'] .figure-value")).getText()
                .strip();
    }

    private static TicketView issue(String service) {
        return demo.kiosk().issueTicket(DemoAccess.HALL, IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
    }

    /**
     * Window {@code number}'s clerk calls its next ticket ({@code POST /api/windows/{id}/call-next});
     * returns its id.
     */
    private static String callNext(int number) {
        return demo.callNext(number).map(TicketView::id)
                .orElseThrow(() -> new AssertionError("window " + number + " found no ticket to call"));
    }

    private static void serve(String ticketId) {
        demo.serve(ticketId);
    }
}
