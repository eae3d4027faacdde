package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A visitor's question and a consultant's answer in real Chromium against the three apps started
 * from their jars: the visitor asks on their phone at {@code /ask/demo}; the question shows on the
 * desk ({@code /staff/consult}) of the demo's consultants within a second; 王芳 takes it, which
 * 刘洋's desk shows as taken; her answer shows on the visitor's page within a second; she inserts
 * the service's guide and closes the conversation, which the visitor's page shows as ended. Markup
 * typed by the visitor stays text on both pages. A manager sees the day's figures on the desk.
 */
class ConsultationIT {

    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(10);
    /** The most a question or an answer may take to show on the other side. */
    private static final Duration LIVE = Duration.ofSeconds(1);
    private static final String MARKUP = "<img src=x onerror=alert(1)> <script>window.pwned=1</script>";

    private static HallProcesses hall;

    @BeforeAll
    static void startHall() throws Exception {
        hall = new HallProcesses().start();
    }

    @AfterAll
    static void stopHall() {
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void aQuestionReachesTheDeskAndItsAnswerTheVisitorWithinASecond() throws Exception {
        ChromeDriver wang = Browser.open("zh-CN", 1366, 900);
        ChromeDriver liu = Browser.open("zh-CN", 1366, 900);
        ChromeDriver phone = Browser.open("zh-CN", 400, 860);
        try {
            openDesk(wang, DemoAccess.clerk(1));
            openDesk(liu, DemoAccess.clerk(4));

            // The visitor starts from the hall's public page, as a phone would.
            phone.get(hall.queueUrl() + "/");
            await("the hall's page").atMost(LOAD).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("hall-queue-company-registration")).getText()
                            .contains("企业设立登记 · Company registration"));
            assertThat(phone.findElement(By.id("hall-name")).getText()).isEqualTo("市民服务中心");
            Browser.screenshot(phone, "zh-CN-phone-hall-page");
            phone.findElement(By.id("hall-ask")).click();
            await("the question form").atMost(LOAD).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("ask-send")).isDisplayed());
            phone.findElement(By.xpath("//vaadin-radio-button[contains(., '企业设立登记')]")).click();
            String question = "请问营业执照需要带哪些材料？ " + MARKUP;
            phone.findElement(By.cssSelector("#ask-question textarea")).sendKeys(question);
            Browser.screenshot(phone, "zh-CN-phone-ask");

            long sent = System.nanoTime();
            phone.findElement(By.id("ask-send")).click();
            Duration toDesk = until(wang, "请问营业执照需要带哪些材料？", sent);
            System.out.printf("Question on the desk after %d ms%n", toDesk.toMillis());
            assertThat(toDesk).as("question on the desk").isLessThan(LIVE);

            await("the conversation page").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("consult-status")).isDisplayed());
            String id = URI.create(phone.getCurrentUrl()).getPath().replaceFirst("^/c/", "");
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            assertThat(phone.findElement(By.id("consult-status")).getText()).contains("下一位就是您", "You are next");

            // Taken by 王芳: her desk and the visitor's page say so, and 刘洋's desk shows it as hers.
            await("liu sees it").atMost(STEP).ignoreExceptions()
                    .until(() -> liu.findElement(By.id("consult-item-" + id)).isDisplayed());
            liu.findElement(By.id("consult-item-" + id)).click();
            await("liu may take it").atMost(STEP).ignoreExceptions()
                    .until(() -> Browser.usable(liu.findElement(By.id("consult-take"))));
            wang.findElement(By.id("consult-item-" + id)).click();
            await("wang may take it").atMost(STEP).ignoreExceptions()
                    .until(() -> Browser.usable(wang.findElement(By.id("consult-take"))));
            wang.findElement(By.id("consult-take")).click();
            await("the visitor is told who answers").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("consult-status")).getText().contains("王芳（工号 1001）正在为您解答"));
            await("liu's desk shows it taken by wang").atMost(STEP).ignoreExceptions()
                    .until(() -> liu.findElement(By.id("consult-detail-status")).getText().contains("王芳")
                            && liu.findElement(By.id("consult-item-" + id)).getText().contains("王芳")
                            && !liu.findElement(By.id("consult-take")).isDisplayed());
            assertThat(Browser.usable(liu.findElement(By.cssSelector("#consult-send")))).as("liu cannot answer").isFalse();

            String answer = "您好，请带公司章程和股东身份证明。";
            WebElement reply = wang.findElement(By.cssSelector("#consult-reply textarea"));
            await("wang may answer").atMost(STEP).until(() -> Browser.usable(wang.findElement(By.id("consult-send"))));
            reply.sendKeys(answer);
            long answered = System.nanoTime();
            reply.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            Duration toVisitor = until(phone, answer, answered);
            System.out.printf("Answer on the visitor's page after %d ms%n", toVisitor.toMillis());
            assertThat(toVisitor).as("answer on the visitor's page").isLessThan(LIVE);
            await("the reply box is empty again").atMost(STEP)
                    .until(() -> reply.getDomProperty("value").isEmpty());

            // Markup typed by the visitor is text on both pages: shown, and no such element made.
            for (ChromeDriver page : new ChromeDriver[] {phone, wang}) {
                await("the markup shown as text").atMost(STEP).ignoreExceptions()
                        .until(() -> page.findElement(By.cssSelector(".oh-chat")).getText().contains(MARKUP));
                assertThat(page.findElements(By.cssSelector(".oh-chat img, .oh-chat script"))).isEmpty();
                assertThat((Object) page.executeScript(
                        "return document.querySelectorAll('img[src=\"x\"]').length + (window.pwned ? 100 : 0)"))
                        .isEqualTo(0L);
            }
            await("the desk's preview is the last message").atMost(STEP).ignoreExceptions()
                    .until(() -> wang.findElement(By.id("consult-item-" + id)).getText().contains("您好，请带公司章程"));

            // The guide of the conversation's service, as one click, with its line breaks.
            wang.findElement(By.id("consult-insert-guide")).click();
            await("the guide on the visitor's page").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.cssSelector(".oh-bubble-guide")).getText().contains("所需材料"));
            WebElement guide = phone.findElement(By.cssSelector(".oh-bubble-guide .oh-bubble-text"));
            assertThat(guide.getCssValue("white-space")).isEqualTo("pre-wrap");
            assertThat(guide.getText()).contains("【企业设立登记】办事指南\n所需材料：\n1. ");
            // Two more visitors ask at the kiosk: the desk groups them by service, waiting first.
            try (DemoAccess demo = new DemoAccess(hall.queueUrl())) {
                demo.kiosk().openConsultation(DemoAccess.HALL, new ConsultationRequest("social-insurance",
                        "单位刚给我办了入职，社保要我自己去登记吗？", null, "KIOSK"));
                demo.kiosk().openConsultation(DemoAccess.HALL, new ConsultationRequest("property-transfer",
                        "Can I transfer my flat if the seller is abroad?", null, "KIOSK"));
            }
            await("the desk lists them").atMost(STEP).ignoreExceptions()
                    .until(() -> wang.findElements(By.cssSelector(".oh-consult-item[data-status='WAITING']")).size() == 2);
            phone.executeScript("window.scrollTo(0, 0)");
            Browser.screenshot(phone, "zh-CN-phone-conversation");
            Browser.screenshot(wang, "zh-CN-desk-wang");
            Browser.screenshot(liu, "zh-CN-desk-liu-taken");

            wang.findElement(By.id("consult-close")).click();
            await("the visitor's page shows it ended").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("consult-status")).getText().contains("本次咨询已结束"));
            assertThat(Browser.usable(phone.findElement(By.id("consult-send")))).isFalse();
            assertThat(phone.findElement(By.id("consult-end")).isDisplayed()).isFalse();
            Browser.screenshot(phone, "zh-CN-phone-closed");
        } finally {
            phone.quit();
            liu.quit();
            wang.quit();
        }

        ChromeDriver manager = Browser.open("zh-CN", 1366, 900);
        try {
            StaffConsole.signIn(manager, hall.queueUrl(), DemoAccess.MANAGER);
            manager.get(hall.queueUrl() + "/staff/consult");
            await("the figures").atMost(LOAD).ignoreExceptions()
                    .until(() -> manager.findElement(By.id("consult-figure-answered")).getText().equals("1"));
            assertThat(Integer.parseInt(manager.findElement(By.id("consult-figure-opened")).getText()))
                    .as("opened today, whichever of this class's tests ran first").isBetween(3, 4);
            assertThat(manager.findElement(By.id("consult-figure-waiting")).getText()).isEqualTo("2");
            assertThat(manager.findElement(By.id("consult-figures")).getText()).contains("平均首次响应", "95%");
            Browser.screenshot(manager, "zh-CN-desk-manager-figures");
        } finally {
            manager.quit();
        }
    }

    @Test
    void aVisitorAsksFromTheirTicketsPageAboutItsService() throws Exception {
        TicketView ticket;
        try (DemoAccess demo = new DemoAccess(hall.queueUrl())) {
            ticket = demo.kiosk().issueTicket(DemoAccess.HALL, IssueTicketRequest.walkIn("invoice"),
                    UUID.randomUUID().toString());
        }
        ChromeDriver phone = Browser.open("zh-CN", 400, 860);
        try {
            phone.get(hall.queueUrl() + "/t/" + ticket.id());
            await("the ticket's page").atMost(LOAD).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("ticket-ask")).isDisplayed());
            assertThat(phone.findElement(By.id("ticket-ask")).getText()).isEqualTo("咨询问题 · Ask a question");
            Browser.screenshot(phone, "zh-CN-phone-ticket-ask-link");
            phone.findElement(By.id("ticket-ask")).click();
            await("the question form, the ticket's service chosen").atMost(LOAD).ignoreExceptions()
                    .until(() -> phone.findElement(By.cssSelector("vaadin-radio-button[checked]")).getText()
                            .contains("发票申领"));
            phone.executeScript("window.scrollTo(0, 0)");
            Browser.screenshot(phone, "zh-CN-phone-ask-top");
            phone.findElement(By.cssSelector("#ask-question textarea")).sendKeys("发票申领要多久？");
            phone.findElement(By.id("ask-send")).click();
            await("the conversation").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("consult-service")).getText().contains("发票申领"));
            assertThat(phone.findElement(By.id("consult-link")).getText()).startsWith(hall.queueUrl() + "/c/");

            // The visitor ends it themselves, after confirming.
            phone.findElement(By.id("consult-end")).click();
            await("asked to confirm").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("consult-end-yes")).isDisplayed());
            phone.findElement(By.id("consult-end-yes")).click();
            await("ended").atMost(STEP).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("consult-status")).getText().contains("本次咨询已结束"));
            assertThat(phone.findElement(By.id("consult-messages")).getText()).contains("访客结束了咨询");
        } finally {
            phone.quit();
        }
    }

    @Test
    void aClerkWhoDoesNotConsultIsToldSoPolitely() throws Exception {
        ChromeDriver clerk = Browser.open("zh-CN", 1280, 800);
        try {
            StaffConsole.signIn(clerk, hall.queueUrl(), DemoAccess.clerk(2));
            await("the chooser").atMost(LOAD).ignoreExceptions()
                    .until(() -> clerk.findElement(By.className("oh-window-grid")).isDisplayed());
            assertThat(clerk.findElements(By.id("consult-link"))).as("no link to a desk they may not use").isEmpty();
            clerk.get(hall.queueUrl() + "/staff/consult");
            await("the polite refusal").atMost(LOAD).ignoreExceptions()
                    .until(() -> clerk.findElement(By.id("consult-not-consultant")).getText()
                            .contains("您不是咨询应答人员"));
        } finally {
            Browser.screenshot(clerk, "zh-CN-desk-not-consultant");
            clerk.quit();
        }
    }

    private static void openDesk(ChromeDriver driver, DemoAccess.Staff who) {
        StaffConsole.signIn(driver, hall.queueUrl(), who);
        driver.get(hall.queueUrl() + "/staff/consult");
        await("the desk of " + who.username()).atMost(LOAD).ignoreExceptions()
                .until(() -> driver.findElement(By.id("consult-list")).isDisplayed());
    }

    /**
     * Waits until the page shows {@code text}, looking every few milliseconds; returns how long after
     * {@code start} (a {@link System#nanoTime()}) it was seen.
     */
    private static Duration until(ChromeDriver page, String text, long start) {
        await("'" + text + "' shown").atMost(STEP).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> Boolean.TRUE.equals(page.executeScript(
                        "return document.body.innerText.includes(arguments[0])", text)));
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
