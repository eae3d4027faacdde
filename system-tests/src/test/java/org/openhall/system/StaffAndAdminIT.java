package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowView;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff's and the admin's paths in real Chromium against the three apps started from their jars:
 * a clerk signs in and takes window 3, calls (seen on the window's own screen), serves and completes a
 * ticket with the console's keyboard shortcuts, then transfers another to window 4 with a note, which
 * the clerk there sees on calling it; an admin adds a service and gives it to a window in the
 * administration and, with nothing restarted, the kiosk offers it and gives a ticket for it; an admin
 * registers a board, whose token (shown once) reads the hall over the API until the admin revokes it;
 * a manager switches the reports page to the week, whose address then names it, back and forth.
 * API calls are made as their real callers: the demo kiosk's and board's tokens ({@link DemoAccess}).
 */
class StaffAndAdminIT {

    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(10);
    /** Served at window 3 (and otherwise only at the green-channel and enquiry windows, which no one drives here). */
    private static final String WINDOW_3_MATTER = "medical-reimbursement";

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
    void aClerkTakesWindow3CallsServesAndCompletesATicketAndTransfersAnother() throws Exception {
        TicketView first = issue(WINDOW_3_MATTER);
        TicketView second = issue(WINDOW_3_MATTER);
        long window3 = demo.windowId(3);
        long window4 = demo.windowId(4);

        ChromeDriver screen = Browser.open("zh-CN", 1280, 720);
        ChromeDriver staff = Browser.open("zh-CN", 1600, 1000);
        try {
            // Window 3's own screen above the counter, to see the call arrive there.
            screen.get(hall.boardUrl() + "/window/3");
            visible(screen, By.cssSelector(".ws-panel"), LOAD);

            // 张伟, the demo clerk seated at window 3, signs in and takes his window from the chooser.
            StaffConsole.signIn(staff, hall.queueUrl(), DemoAccess.clerk(3));
            staff.get(hall.queueUrl() + "/staff");
            WebElement tile = visible(staff, By.id("window-" + window3), LOAD);
            assertThat(tile.getText()).contains("3 号窗口", "您在此窗口");
            tile.click();
            WebElement callNext = await("window 3's desk ready").atMost(LOAD).ignoreExceptions()
                    .until(() -> staff.findElement(By.id("call-next")), Browser::usable);
            assertThat(staff.findElement(By.tagName("h1")).getText()).startsWith("3 号窗口");
            assertThat(staff.findElement(By.cssSelector(".oh-state")).getText()).contains("开放", "张伟 (1003)");
            assertThat(staff.findElement(By.id("signed-in-as")).getText()).contains("张伟 (1003)");
            assertThat(staff.findElements(By.id("seat-panel"))).noneMatch(WebElement::isDisplayed);
            await("both tickets in window 3's queue").atMost(STEP).ignoreExceptions()
                    .until(() -> staff.findElement(By.id("queue")).getText(),
                            q -> q.contains(first.number()) && q.contains(second.number()));
            Browser.screenshot(staff, "zh-CN-staff-window-3");

            // F2 calls the next visitor: the longer waiting one, on the console and on the window's screen.
            new Actions(staff).sendKeys(Keys.F2).perform();
            awaitCurrent(staff, first.number());
            await("window 3's screen shows " + first.number()).atMost(STEP).ignoreExceptions()
                    .until(() -> screen.findElement(By.cssSelector(".ws-ticket")).getText().strip(), first.number()::equals);
            assertThat(Browser.usable(callNext)).as("one visitor at a time").isFalse();
            Browser.screenshot(staff, "zh-CN-staff-window-3-called");
            Browser.screenshot(screen, "zh-CN+en-window-3-called");

            // F4 starts serving, F8 completes.
            new Actions(staff).sendKeys(Keys.F4).perform();
            awaitCurrentText(staff, "办理中");
            new Actions(staff).sendKeys(Keys.F8).perform();
            await("window 3 free again").atMost(STEP).ignoreExceptions()
                    .until(() -> staff.findElement(By.id("current")).getText(), t -> t.contains("当前窗口没有办事群众"));
            TicketView completed = demo.board().ticket(first.id());
            assertThat(completed.status()).isEqualTo(TicketStatus.DONE);
            assertThat(completed.windowNumber()).isEqualTo(3);
            assertThat(completed.endedAt()).isNotNull();

            // The buttons call the second; it turns out to belong at window 4: transferred there with a note.
            click(staff, By.id("call-next"));
            awaitCurrent(staff, second.number());
            click(staff, By.id("start"));
            awaitCurrentText(staff, "办理中");
            click(staff, By.id("transfer"));
            WebElement windowChoice = visible(staff, By.id("transfer-window"), STEP);
            WebElement windowInput = windowChoice.findElement(By.tagName("input"));
            windowInput.sendKeys("4 号");
            await("window 4 offered").atMost(STEP).ignoreExceptions()
                    .until(() -> staff.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                            .anyMatch(i -> i.isDisplayed() && i.getText().strip().equals("4 号窗口")));
            windowInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            await("window 4 chosen").atMost(STEP).ignoreExceptions()
                    .until(() -> windowInput.getDomProperty("value"), "4 号窗口"::equals);
            String note = "需补交社保缴费证明，请 4 号窗口核对";
            staff.findElement(By.cssSelector("#transfer-note input")).sendKeys(note);
            click(staff, By.id("transfer-confirm"));
            await("window 3 free after the transfer").atMost(STEP).ignoreExceptions()
                    .until(() -> staff.findElement(By.id("current")).getText(), t -> t.contains("当前窗口没有办事群众"));

            TicketView transferred = demo.board().ticket(second.id());
            assertThat(transferred.status()).as("waiting again, now for window 4").isEqualTo(TicketStatus.TRANSFERRED);
            assertThat(transferred.targetWindowId()).isEqualTo(window4);
            assertThat(transferred.number()).isEqualTo(second.number());
            assertThat(transferred.service()).isEqualTo(WINDOW_3_MATTER);
            assertThat(transferred.position()).isZero();

            // 刘洋 at window 4 gets it first when she calls, with the note.
            ChromeDriver colleague = Browser.open("zh-CN", 1600, 1000);
            try {
                StaffConsole.signIn(colleague, hall.queueUrl(), DemoAccess.clerk(4));
                colleague.get(hall.queueUrl() + "/staff/window/" + window4);
                await("transferred ticket in window 4's queue").atMost(LOAD).ignoreExceptions()
                        .until(() -> colleague.findElement(By.id("queue")).getText(), q -> q.contains(second.number()));
                click(colleague, By.id("call-next"));
                awaitCurrent(colleague, second.number());
                assertThat(colleague.findElement(By.id("current-note")).getText()).contains(note);
                Browser.screenshot(colleague, "zh-CN-staff-window-4-transferred");
            } finally {
                colleague.quit();
            }
            assertThat(demo.board().ticket(second.id()).status()).isEqualTo(TicketStatus.CALLED);
            assertThat(demo.board().ticket(second.id()).windowNumber()).isEqualTo(4);
        } finally {
            screen.quit();
            staff.quit();
        }
    }

    @Test
    void anAdminAddsAServiceAndTheKioskOffersItWithoutARestart() throws Exception {
        String code = "disability-certificate";
        By newTile = By.id("service-" + code);
        ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
        ChromeDriver admin = Browser.open("zh-CN", 1600, 1000);
        try {
            // The kiosk is up before the change and does not offer the matter yet.
            kiosk.get(hall.kioskUrl() + "/");
            visible(kiosk, By.id("take-ticket"), LOAD).click();
            visible(kiosk, By.id("service-company-registration"), LOAD);
            assertThat(kiosk.findElements(newTile)).isEmpty();
            click(kiosk, By.id("back-home"));
            visible(kiosk, By.id("take-ticket"), STEP);

            StaffConsole.signIn(admin, hall.queueUrl(), DemoAccess.ADMIN);
            admin.get(hall.queueUrl() + "/admin");
            visible(admin, By.id("add-service"), LOAD).click();
            visible(admin, By.id("service-code"), STEP);
            type(admin, "service-code", code);
            type(admin, "service-prefix", "H");
            type(admin, "service-name-zh", "残疾人证办理");
            type(admin, "service-name-en", "Disability certificate");
            type(admin, "service-category-zh", "民政");
            type(admin, "service-category-en", "Civil affairs");
            typeLines(admin, "service-materials-zh", "居民身份证", "户口簿", "近期二寸免冠照片");
            typeLines(admin, "service-materials-en", "Resident ID card", "Household register", "Recent passport photo");
            typeLines(admin, "service-steps-zh", "窗口受理", "残疾评定", "发证");
            typeLines(admin, "service-steps-en", "Acceptance at the window", "Disability assessment", "Certificate issued");
            type(admin, "service-time-limit-zh", "20个工作日");
            type(admin, "service-time-limit-en", "20 working days");
            type(admin, "service-fee-zh", "免费");
            type(admin, "service-fee-en", "Free");
            Browser.screenshot(admin, "zh-CN-admin-add-service");
            click(admin, By.id("service-save"));
            await("the dialog closed").atMost(STEP).until(() -> admin.findElements(By.id("service-save")).isEmpty());
            ServiceView added = demo.board().services(DemoAccess.HALL).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
            assertThat(added.prefix()).isEqualTo("H");
            assertThat(added.name().zh()).isEqualTo("残疾人证办理");
            assertThat(added.guide().materials()).hasSize(3);

            // Window 8, the enquiries window, takes the new matter on as its own.
            admin.get(hall.queueUrl() + "/admin/windows");
            visible(admin, By.id("edit-window-8"), LOAD).click();
            WebElement serves = visible(admin, By.id("serves-" + code), STEP);
            assertThat(serves.getDomAttribute("checked")).isNull();
            admin.executeScript("arguments[0].scrollIntoView({block: 'center'});", serves);
            serves.click();
            await("weight editable").atMost(STEP).ignoreExceptions()
                    .until(() -> admin.findElement(By.id("weight-" + code)).getDomAttribute("disabled") == null);
            click(admin, By.id("window-save"));
            await("the window dialog closed").atMost(STEP).until(() -> admin.findElements(By.id("window-save")).isEmpty());
            WindowView window8 = demo.board().windows(DemoAccess.HALL).stream().filter(w -> w.number() == 8).findFirst().orElseThrow();
            assertThat(window8.services()).contains(new WindowView.WindowService(code, 1.0));

            // The next visitor at the same kiosk, nothing restarted, finds it among the matters.
            long tapped = System.nanoTime();
            click(kiosk, By.id("take-ticket"));
            WebElement tile = visible(kiosk, newTile, STEP);
            System.out.printf("Kiosk: the new service shown %d ms after the tap%n",
                    Duration.ofNanos(System.nanoTime() - tapped).toMillis());
            assertThat(tile.getText()).contains("H", "残疾人证办理", "20个工作日", "免费");
            Browser.screenshot(kiosk, "zh-CN-kiosk-take-new-service");
            tile.click();
            String number = await("ticket number shown").atMost(STEP).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("ticket-number")).getText().strip(), t -> t.matches("H\\d{3,}"));
            Browser.screenshot(kiosk, "zh-CN-kiosk-new-service-ticket");
            TicketView ticket = demo.board().ticketByNumber(DemoAccess.HALL, number);
            assertThat(ticket.service()).isEqualTo(code);
            assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        } finally {
            kiosk.quit();
            admin.quit();
        }
    }

    @Test
    void aManagerChoosesTheWeeksReportAndThePagesAddressFollowsBackAndForth() throws Exception {
        ChromeDriver manager = Browser.open("zh-CN", 1600, 1000);
        try {
            StaffConsole.signIn(manager, hall.queueUrl(), DemoAccess.MANAGER);
            manager.get(hall.queueUrl() + "/staff/reports");
            await("the day's report").atMost(LOAD).ignoreExceptions()
                    .until(() -> manager.findElement(By.id("report-heading")).getText(), t -> t.contains("日报"));

            click(manager, By.id("reports-period"));
            await("the week offered").atMost(STEP).ignoreExceptions()
                    .until(() -> manager.findElements(By.cssSelector("vaadin-select-item")).stream()
                            .filter(i -> i.isDisplayed() && i.getText().contains("周报")).findFirst().orElse(null),
                            i -> i != null)
                    .click();
            await("the week's report").atMost(STEP).ignoreExceptions()
                    .until(() -> manager.findElement(By.id("report-heading")).getText(), t -> t.contains("周报"));
            String weekly = await("the address names it").atMost(STEP)
                    .until(manager::getCurrentUrl, url -> url.contains("period=weekly") && url.contains("hall=demo"));
            Browser.screenshot(manager, "zh-CN-reports-week");

            manager.navigate().back();
            await("back to the day's report").atMost(STEP).ignoreExceptions()
                    .until(() -> manager.findElement(By.id("report-heading")).getText(), t -> t.contains("日报"));
            manager.get(weekly);
            await("the address opens the week's report again").atMost(LOAD).ignoreExceptions()
                    .until(() -> manager.findElement(By.id("report-heading")).getText(), t -> t.contains("周报"));
        } finally {
            manager.quit();
        }
    }

    @Test
    void anAdminRegistersABoardWhoseTokenWorksUntilItIsRevoked() throws Exception {
        String name = "系统测试大屏 System-test board";
        ChromeDriver admin = Browser.open("zh-CN", 1600, 1000);
        try {
            StaffConsole.signIn(admin, hall.queueUrl(), DemoAccess.ADMIN);
            admin.get(hall.queueUrl() + "/admin/devices");
            // The demo's kiosk and board are listed, each with its revoke button.
            Set<String> before = await("the demo devices listed").atMost(LOAD).ignoreExceptions()
                    .until(() -> revokeButtons(admin), ids -> ids.size() >= 2);

            click(admin, By.id("register-device"));
            visible(admin, By.id("device-name"), STEP);
            type(admin, "device-name", name);
            click(admin, By.id("device-role"));
            await("the board offered as a kind").atMost(STEP).ignoreExceptions()
                    .until(() -> admin.findElements(By.cssSelector("vaadin-select-item")).stream()
                            .filter(i -> i.isDisplayed() && i.getText().contains("显示屏")).findFirst().orElse(null),
                            i -> i != null)
                    .click();
            await("board chosen").atMost(STEP).ignoreExceptions()
                    .until(() -> admin.findElement(By.id("device-role")).getText(), t -> t.contains("显示屏"));
            click(admin, By.id("device-save"));

            // The token, shown this once, as the two lines of the device's configuration.
            WebElement shown = visible(admin, By.cssSelector("#device-token textarea"), STEP);
            String config = await("the token shown").atMost(STEP).ignoreExceptions()
                    .until(() -> shown.getDomProperty("value"), v -> v != null && v.contains("openhall.queue.token="));
            assertThat(config.lines().toList()).hasSize(2).first().isEqualTo("openhall.hall=demo");
            String token = config.lines().toList().get(1).substring("openhall.queue.token=".length());
            assertThat(token).startsWith("ohd_").hasSizeGreaterThan(20);
            assertThat(admin.findElement(By.id("device-token")).getDomAttribute("readonly")).isNotNull();
            Browser.screenshot(admin, "zh-CN-admin-device-token");
            click(admin, By.id("device-token-done"));
            await("the token dialog closed").atMost(STEP).until(() -> admin.findElements(By.id("device-token")).isEmpty());

            // The new board reads the hall, and only what a board may.
            HttpResponse<String> snapshot = get("/api/halls/demo/snapshot", token);
            assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(200);
            HttpResponse<String> issue = http.send(HttpRequest.newBuilder(URI.create(hall.queueUrl()
                            + "/api/halls/demo/tickets")).header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"company-registration\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(issue.statusCode()).as("a board issuing a ticket: " + issue.body()).isEqualTo(403);

            // Revoked: cut off at once, with the reason.
            Set<String> added = new HashSet<>(await("the new board listed").atMost(STEP).ignoreExceptions()
                    .until(() -> revokeButtons(admin), ids -> ids.size() == before.size() + 1));
            added.removeAll(before);
            String revoke = added.iterator().next();
            click(admin, By.id(revoke));
            click(admin, By.id("confirm-revoke"));
            await("the new board's revoke button gone").atMost(STEP).ignoreExceptions()
                    .until(() -> revokeButtons(admin), ids -> !ids.contains(revoke) && ids.containsAll(before));
            HttpResponse<String> revoked = get("/api/halls/demo/snapshot", token);
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(401);
            assertThat(revoked.body()).contains("token-revoked");
            await("the confirmation closed").atMost(STEP).until(() -> admin.findElements(By.id("confirm-revoke")).isEmpty());
            Browser.screenshot(admin, "zh-CN-admin-devices-revoked");

            // The demo board's own token still works.
            assertThat(get("/api/halls/demo/snapshot", DemoAccess.BOARD_TOKEN).statusCode()).isEqualTo(200);
        } finally {
            admin.quit();
        }
    }

    // --- helpers ---

    /** The ids of the revoke buttons on the devices page: one per device not revoked. */
    private static Set<String> revokeButtons(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("vaadin-button[id^='revoke-device-']")).stream()
                .map(b -> b.getDomAttribute("id")).collect(Collectors.toSet());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hall.queueUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static TicketView issue(String service) {
        return demo.kiosk().issueTicket(DemoAccess.HALL, IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
    }

    private static WebElement visible(ChromeDriver driver, By by, Duration timeout) {
        return await("visible " + by).atMost(timeout).ignoreExceptions()
                .until(() -> driver.findElement(by), WebElement::isDisplayed);
    }

    /** Clicks once the element shows and is enabled (a server round trip may still be enabling it). */
    private static void click(ChromeDriver driver, By by) {
        await("enabled " + by).atMost(STEP).ignoreExceptions()
                .until(() -> driver.findElement(by), Browser::usable).click();
    }

    private static void awaitCurrent(ChromeDriver staff, String number) {
        await("console shows " + number).atMost(STEP).ignoreExceptions()
                .until(() -> staff.findElement(By.id("current-number")).getText().strip(), number::equals);
    }

    private static void awaitCurrentText(ChromeDriver staff, String text) {
        await("console shows " + text).atMost(STEP).ignoreExceptions()
                .until(() -> staff.findElement(By.id("current")).getText(), t -> t.contains(text));
    }

    /** Types into a Vaadin text field's native input. */
    private static void type(ChromeDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Types lines into a Vaadin text area, one per line. */
    private static void typeLines(ChromeDriver driver, String id, String... lines) {
        WebElement area = driver.findElement(By.cssSelector("#" + id + " textarea"));
        area.sendKeys(String.join("\n", List.of(lines)));
    }
}
