package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A visitor rates a visit in real Chromium against the three apps started from their jars: on the
 * window's rating tablet (display-board {@code /window/3/rate}) the moment the clerk completes the
 * visit, and on the ticket's status page on their phone ({@code /t/{id}}) with a bad review, which
 * opens a follow-up whose tracking number the visitor is shown and can look up. A ticket is rated
 * once, whatever the channel.
 */
class RatingIT {

    private static final Duration LIVE = Duration.ofSeconds(10);

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
    void theWindowTabletAsksTheVisitorToRateTheMomentTheVisitIsDone() throws Exception {
        TicketView ticket = issue("social-insurance");
        ChromeDriver tablet = Browser.open("zh-CN", 1280, 800);
        try {
            tablet.get(hall.boardUrl() + "/window/3/rate");
            await("the tablet is idle").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> tablet.findElement(By.cssSelector(".rs-idle")).isDisplayed());

            String called = demo.callNext(3).orElseThrow().id();
            assertThat(called).isEqualTo(ticket.id());
            demo.serve(ticket.id());

            await("the faces for " + ticket.number()).atMost(LIVE).ignoreExceptions()
                    .until(() -> face(tablet, 5).isDisplayed());
            assertThat(tablet.findElement(By.cssSelector(".rs-prompt")).getText()).contains(ticket.number());
            Browser.screenshot(tablet, "zh-CN+en-window-rating");
            face(tablet, 5).click();
            await("thanked").atMost(LIVE).ignoreExceptions()
                    .until(() -> tablet.findElement(By.cssSelector(".rs-done")).isDisplayed());
            Browser.screenshot(tablet, "zh-CN+en-window-rating-thanks");
        } finally {
            tablet.quit();
        }

        // Rated once: the kiosk cannot rate it again.
        QueueApiException again = catchThrowableOfType(QueueApiException.class,
                () -> demo.kiosk().rate(ticket.id(), RatingRequest.of(4, "KIOSK")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("already-rated");
    }

    @Test
    void aBadReviewOnTheStatusPageOpensAFollowUpTheVisitorCanLookUp() throws Exception {
        TicketView ticket = issue("company-registration");
        assertThat(demo.callNext(1).orElseThrow().id()).isEqualTo(ticket.id());
        demo.serve(ticket.id());

        ChromeDriver phone = Browser.open("zh-CN", 390, 844);
        try {
            phone.get(hall.queueUrl() + "/t/" + ticket.id());
            await("the rating faces").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("rate-1")).isDisplayed());
            phone.findElement(By.id("rate-1")).click();
            await("the details").atMost(LIVE).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("rate-send")).isDisplayed());
            phone.findElement(By.cssSelector("#rate-comment textarea, #rate-comment input"))
                    .sendKeys("<b>等了很久</b> waited long");
            phone.findElement(By.id("rate-send")).click();
            await("the follow-up number").atMost(LIVE).ignoreExceptions()
                    .until(() -> phone.findElement(By.id("rate-follow-up")).getText().contains("FU-"));
            String text = phone.findElement(By.id("rate-follow-up")).getText();
            String tracking = text.substring(text.indexOf("FU-")).split("\\s")[0];
            Browser.screenshot(phone, "zh-CN-status-page-bad-review");

            HttpResponse<String> followUp = http.send(HttpRequest.newBuilder(
                    URI.create(hall.queueUrl() + "/api/feedback/" + tracking)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(200);
            assertThat(followUp.body()).contains(tracking).doesNotContain("waited long");
        } finally {
            phone.quit();
        }
    }

    @Test
    void aVisitorRatesAtTheKioskByTypingTheirTicketNumber() throws Exception {
        TicketView ticket = issue("invoice");
        assertThat(demo.callNext(2).orElseThrow().id()).isEqualTo(ticket.id());
        demo.serve(ticket.id());

        ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
        try {
            kiosk.get(hall.kioskUrl() + "/");
            await("the home screen").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("path-rate")).isDisplayed());
            kiosk.findElement(By.id("path-rate")).click();
            await("the keypad").atMost(LIVE).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("rate-key-A")).isDisplayed());
            String number = ticket.number();
            for (int i = 0; i < number.length(); i++) {
                kiosk.findElement(By.id("rate-key-" + number.charAt(i))).click();
                String typed = number.substring(0, i + 1);
                await().atMost(LIVE).ignoreExceptions()
                        .until(() -> kiosk.findElement(By.id("rate-entry")).getText().strip(), typed::equals);
            }
            kiosk.findElement(By.id("rate-find")).click();
            await("the faces").atMost(LIVE).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("rate-level-4")).isDisplayed());
            assertThat(kiosk.findElement(By.id("rate-ticket")).getText()).contains(number);
            kiosk.findElement(By.id("rate-level-4")).click();
            kiosk.findElement(By.id("rate-reason-efficiency")).click();
            Browser.screenshot(kiosk, "zh-CN-kiosk-rating");
            kiosk.findElement(By.id("rate-submit")).click();
            await("thanked").atMost(LIVE).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("rate-thanks")).isDisplayed());
        } finally {
            kiosk.quit();
        }
        QueueApiException again = catchThrowableOfType(QueueApiException.class,
                () -> demo.board().rate(ticket.id(), RatingRequest.of(1, "WINDOW")));
        assertThat(again.code()).as("rated once, at the kiosk").isEqualTo("already-rated");
    }

    private static WebElement face(ChromeDriver driver, int level) {
        return driver.findElement(By.cssSelector(".rs-face[data-level='" + level + "']"));
    }

    private static TicketView issue(String service) {
        return demo.kiosk().issueTicket(DemoAccess.HALL, IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
    }
}
