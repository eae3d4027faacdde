package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.Channel;
import org.openhall.client.api.FeedbackView;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The kiosk's visitor paths of the third issue, in real Chromium against the three apps started from
 * their jars: a walk-in ticket in English, a QR check-in typed by a keyboard-wedge scanner, a check-in
 * by resident ID on the on-screen keypad, a complaint, and queue-service going away mid-visit.
 * The tests share one hall and run in order: the check-ins use the demo person's items.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskPathsIT {

    private static final String DEMO_ID = "11010519491231002X";
    private static final Duration FIRST_LOAD = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(15);
    /** HallProcesses' working folder, where queue-service writes the demo QR codes. */
    private static final Path HALL_WORK = Path.of(System.getProperty("openhall.root", ".."))
            .toAbsolutePath().normalize().resolve("system-tests/target/hall");

    private static HallProcesses hall;
    private static HttpQueueClient api;
    /** Every ticket number the kiosk showed in this class, to prove none was given twice. */
    private static final List<String> numbersShown = new ArrayList<>();

    @BeforeAll
    static void startHall() throws Exception {
        hall = new HallProcesses().start();
        api = new HttpQueueClient(QueueClientSettings.of(hall.queueUrl()));
    }

    @AfterAll
    static void stopHall() {
        if (api != null) {
            api.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    @Order(1)
    void aWalkInTicketInEnglish() throws Exception {
        ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
        try {
            kiosk.get(hall.kioskUrl() + "/");
            WebElement language = visible(kiosk, By.id("language-switch"), FIRST_LOAD);
            language.click();
            await().atMost(STEP).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("take-ticket")).getText(), t -> t.contains("Take a ticket"));
            assertThat(kiosk.findElement(By.id("language-switch")).getText()).contains("中文");

            kiosk.findElement(By.id("take-ticket")).click();
            WebElement tile = visible(kiosk, By.id("service-company-registration"), STEP);
            tile.click();
            String number = ticketNumber(kiosk);
            assertThat(kiosk.findElement(By.tagName("body")).getText()).contains("Your", "Done");
            Browser.screenshot(kiosk, "kiosk-walk-in-en");

            TicketView ticket = api.ticketByNumber("demo", number);
            assertThat(ticket.channel()).isEqualTo(Channel.WALK_IN);
            assertThat(ticket.service()).isEqualTo("company-registration");
        } finally {
            kiosk.quit();
        }
    }

    @Test
    @Order(2)
    void aPreApplicationQrCodeTypedByAKeyboardWedgeScannerGivesATicket() throws Exception {
        String payload = decodeQr(HALL_WORK.resolve("data/demo-qr/DEMO-P-001.png"));
        ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
        try {
            kiosk.get(hall.kioskUrl() + "/");
            visible(kiosk, By.id("path-scan"), FIRST_LOAD).click();
            WebElement field = visible(kiosk, By.cssSelector("#scan-input input"), STEP);
            // A wedge scanner types the whole code at once and ends with Enter, into the focused field.
            field.sendKeys(payload + "\n");

            WebElement confirm = visible(kiosk, By.id("checkin-confirm"), STEP);
            assertThat(kiosk.findElement(By.id("checkin-card")).getText()).contains("DEMO-P-001");
            confirm.click();
            String number = ticketNumber(kiosk);
            Browser.screenshot(kiosk, "kiosk-qr-check-in");

            String ticketId = ticketIdFromUrl(kiosk);
            TicketView ticket = api.ticket(ticketId);
            assertThat(ticket.number()).isEqualTo(number);
            assertThat(ticket.channel()).isEqualTo(Channel.PRE_APPLICATION);
            assertThat(ticket.service()).isEqualTo("company-registration");
        } finally {
            kiosk.quit();
        }
    }

    @Test
    @Order(3)
    void aResidentIdTypedOnTheKeypadFindsThePersonsItemsAndGivesATicket() throws Exception {
        ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
        try {
            kiosk.get(hall.kioskUrl() + "/");
            visible(kiosk, By.id("path-id"), FIRST_LOAD).click();
            visible(kiosk, By.id("id-key-1"), STEP);

            // A wrong check character is refused on the kiosk: nothing is looked up.
            type(kiosk, DEMO_ID.substring(0, 17) + "1");
            kiosk.findElement(By.id("id-submit")).click();
            await().atMost(STEP).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("id-status")).getText(), t -> t.contains("校验码不符"));
            assertThat(shown(kiosk, By.id("id-person"))).isFalse();
            assertThat(kiosk.findElements(By.cssSelector("#id-cards [id^='checkin-card']"))).isEmpty();
            assertThat(kiosk.findElement(By.id("id-entry-count")).getText()).contains("18");
            Browser.screenshot(kiosk, "kiosk-id-invalid");

            kiosk.findElement(By.id("id-key-clear")).click();
            await().atMost(STEP).until(() -> kiosk.findElement(By.id("id-entry")).getText().isBlank());
            type(kiosk, DEMO_ID);
            await().atMost(STEP).until(() -> kiosk.findElement(By.id("id-submit")).isEnabled());
            kiosk.findElement(By.id("id-submit")).click();

            // The demo person has a pre-application (checked in by the QR test) and an appointment open now.
            visible(kiosk, By.id("id-person"), STEP);
            await().atMost(STEP).ignoreExceptions()
                    .until(() -> kiosk.findElements(By.cssSelector("#id-cards .kiosk-card")).size(), n -> n >= 1);
            assertThat(kiosk.findElement(By.id("id-person")).getText()).doesNotContain(DEMO_ID);
            WebElement confirm = await().atMost(STEP).ignoreExceptions().until(
                    () -> kiosk.findElements(By.cssSelector("#id-cards [id^='checkin-confirm']")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null),
                    b -> b != null);
            assertThat(kiosk.findElement(By.id("id-cards")).getText()).contains("DEMO-A-");
            Browser.screenshot(kiosk, "kiosk-id-found");
            confirm.click();
            String number = ticketNumber(kiosk);
            Browser.screenshot(kiosk, "kiosk-id-check-in");

            TicketView ticket = api.ticket(ticketIdFromUrl(kiosk));
            assertThat(ticket.number()).isEqualTo(number);
            // Found by ID, the appointment keeps its channel (and priority), as if its QR code had been scanned.
            assertThat(ticket.channel()).isEqualTo(Channel.APPOINTMENT);
        } finally {
            kiosk.quit();
        }
    }

    @Test
    @Order(4)
    void aComplaintGetsATrackingNumberThatQueueServiceKnows() throws Exception {
        ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
        try {
            kiosk.get(hall.kioskUrl() + "/");
            visible(kiosk, By.id("path-feedback"), FIRST_LOAD).click();
            visible(kiosk, By.id("fb-kind-complaint"), STEP).click();
            await().atMost(STEP).until(() -> "true".equals(
                    kiosk.findElement(By.id("fb-kind-complaint")).getAttribute("aria-pressed")));
            kiosk.findElement(By.id("fb-category-efficiency")).click();
            await().atMost(STEP).until(() -> "true".equals(
                    kiosk.findElement(By.id("fb-category-efficiency")).getAttribute("aria-pressed")));
            kiosk.findElement(By.cssSelector("#fb-text textarea")).sendKeys("等候时间太长 / waited too long");
            kiosk.findElement(By.cssSelector("#fb-contact input")).sendKeys("13800000000");
            kiosk.findElement(By.id("fb-submit")).click();

            String tracking = await().atMost(STEP).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("fb-tracking")).getText().strip(), t -> t.startsWith("FK-"));
            Browser.screenshot(kiosk, "kiosk-feedback");

            FeedbackView recorded = api.feedback(tracking);
            assertThat(recorded.trackingNumber()).isEqualTo(tracking);
            assertThat(recorded.hall()).isEqualTo("demo");
            assertThat(recorded.kind()).isEqualToIgnoringCase("COMPLAINT");
            assertThat(recorded.category()).isEqualToIgnoringCase("EFFICIENCY");
        } finally {
            kiosk.quit();
        }
    }

    @Test
    @Order(5)
    void theKioskShowsOutOfServiceWhileQueueServiceIsDownAndRecoversByItself() throws Exception {
        ChromeDriver kiosk = Browser.open("en", 1920, 1080);
        try {
            kiosk.get(hall.kioskUrl() + "/");
            visible(kiosk, By.id("take-ticket"), FIRST_LOAD);

            hall.stopQueueService();
            // Mid-visit: the visitor goes on to take a ticket, then comes back home.
            kiosk.findElement(By.id("take-ticket")).click();
            visible(kiosk, By.id("back-home"), STEP).click();
            WebElement trouble = visible(kiosk, By.id("home-trouble"), STEP);
            // The kiosk's own default language (Simplified Chinese): "Tickets are unavailable right now…"
            assertThat(trouble.getText()).contains("暂时无法取号");
            assertThat(shown(kiosk, By.id("take-ticket"))).isFalse();
            Browser.screenshot(kiosk, "kiosk-out-of-service");

            hall.startQueueService();
            // Nobody touches the kiosk: it checks again by itself (every 15 s by default).
            visible(kiosk, By.id("take-ticket"), Duration.ofSeconds(40));
            assertThat(shown(kiosk, By.id("home-trouble"))).isFalse();

            kiosk.findElement(By.id("take-ticket")).click();
            visible(kiosk, By.id("service-company-registration"), STEP).click();
            String number = ticketNumber(kiosk);
            Browser.screenshot(kiosk, "kiosk-recovered");

            assertThat(numbersShown).doesNotHaveDuplicates();
            List<String> recent = api.snapshot("demo").recent().stream().map(TicketView::number).toList();
            assertThat(recent).doesNotHaveDuplicates();
            assertThat(api.ticketByNumber("demo", number).channel()).isEqualTo(Channel.WALK_IN);
        } finally {
            kiosk.quit();
        }
    }

    // --- helpers ---

    private static WebElement visible(ChromeDriver driver, By by, Duration timeout) {
        return await("visible " + by).atMost(timeout).ignoreExceptions()
                .until(() -> driver.findElement(by), WebElement::isDisplayed);
    }

    /** Whether {@code by} is on the page and displayed (Vaadin leaves out what was never visible). */
    private static boolean shown(ChromeDriver driver, By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Waits for the ticket screen and remembers the number it shows. */
    private static String ticketNumber(ChromeDriver driver) {
        String number = await("ticket number shown").atMost(STEP).ignoreExceptions()
                .until(() -> driver.findElement(By.id("ticket-number")).getText().strip(), t -> t.matches("[A-Z]\\d{3,}"));
        numbersShown.add(number);
        return number;
    }

    private static String ticketIdFromUrl(ChromeDriver driver) {
        String url = driver.getCurrentUrl();
        assertThat(url).contains("/ticket/");
        String id = url.substring(url.indexOf("/ticket/") + "/ticket/".length());
        int end = id.indexOf('?');
        return end < 0 ? id : id.substring(0, end);
    }

    /** Types {@code text} on the ID keypad, one key tap per character, waiting for each to register. */
    private static void type(ChromeDriver driver, String text) {
        for (int i = 0; i < text.length(); i++) {
            driver.findElement(By.id("id-key-" + text.charAt(i))).click();
            int typed = i + 1;
            await().atMost(STEP).ignoreExceptions()
                    .until(() -> driver.findElement(By.id("id-entry")).getText().strip().length() == typed);
        }
    }

    private static String decodeQr(Path png) throws Exception {
        await("demo QR code " + png).atMost(STEP).until(() -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
