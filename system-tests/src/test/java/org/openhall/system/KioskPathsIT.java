package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhall.client.api.Channel;
import org.openhall.client.api.ConsultationMessageRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.FeedbackView;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every visitor path of the kiosk, in Simplified Chinese and in English, in real Chromium against the
 * three apps started from their jars: a walk-in ticket, a pre-application's QR code typed by a
 * keyboard-wedge scanner and held in front of the camera, an ID card's PDF417 barcode held in front of
 * the camera, a resident ID typed on the keypad (a wrong check character refused), my ticket, the
 * service guide, a complaint or suggestion, a question asked of staff, and queue-service going away
 * mid-visit. Each screen is
 * saved as {@code target/screenshots/<language>-<screen>.png}.
 *
 * <p>The tests share one hall and one browser (the camera paths start their own, with a video file as
 * the camera) and run in order: my ticket looks up the walk-in tickets, the ID card finds the demo
 * person's appointment. Check-ins that must not use up each other's items get their own
 * pre-applications from the {@link Portal}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskPathsIT {

    /** A kiosk language, with the texts that prove a screen is in it. */
    enum Language {
        ZH("zh-CN", "English", "您的号码", "校验码不符", "等候中", "企业设立登记", "公司章程", "住宅每件80元", "受理编号",
                "用手机扫码继续对话"),
        EN("en", "中文", "Your number", "last character does not match", "Waiting", "Company registration",
                "Articles of association", "80 CNY per housing case", "tracking number",
                "Scan with your phone to follow the answer and write more");

        final String tag;
        /** The language switch offers the other language. */
        final String switchOffers;
        final String yourNumber;
        final String wrongCheckCharacter;
        final String waiting;
        final String firstService;
        final String firstServiceMaterial;
        final String propertyTransferFee;
        final String trackingNumber;
        /** The ask screen's line under the conversation's QR code. */
        final String askScan;

        Language(String tag, String switchOffers, String yourNumber, String wrongCheckCharacter, String waiting,
                String firstService, String firstServiceMaterial, String propertyTransferFee, String trackingNumber,
                String askScan) {
            this.tag = tag;
            this.switchOffers = switchOffers;
            this.yourNumber = yourNumber;
            this.wrongCheckCharacter = wrongCheckCharacter;
            this.waiting = waiting;
            this.firstService = firstService;
            this.firstServiceMaterial = firstServiceMaterial;
            this.propertyTransferFee = propertyTransferFee;
            this.trackingNumber = trackingNumber;
            this.askScan = askScan;
        }

        String shot(String screen) {
            return tag + "-" + screen;
        }
    }

    /** The demo person 测试用户甲, who has an appointment open for check-in now. */
    private static final String DEMO_ID = "11010519491231002X";
    private static final Duration FIRST_LOAD = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(15);
    /** The camera sends a few frames a second once the browser has started it. */
    private static final Duration CAMERA = Duration.ofSeconds(40);
    /** HallProcesses' working folder, where queue-service writes the demo QR codes. */
    private static final Path HALL_WORK = Path.of(System.getProperty("openhall.root", ".."))
            .toAbsolutePath().normalize().resolve("system-tests/target/hall");
    private static final Path VIDEOS = Path.of("target/fake-camera");

    private static HallProcesses hall;
    /** What the tests read back from queue-service, as the demo board ({@link DemoAccess}). */
    private static DemoAccess demo;
    private static Portal portal;
    /** The browser of every path but the camera's. */
    private static ChromeDriver kiosk;
    /** Every ticket number the kiosk showed in this class, to prove none was given twice. */
    private static final List<String> numbersShown = new ArrayList<>();
    /** The walk-in ticket taken in each language, looked up again under "my ticket". */
    private static final Map<Language, String> walkIns = new EnumMap<>(Language.class);

    @BeforeAll
    static void startHall() throws Exception {
        hall = new HallProcesses().start();
        demo = new DemoAccess(hall.queueUrl());
        portal = new Portal(hall.queueUrl());
        kiosk = Browser.open("zh-CN", 1920, 1080);
    }

    @AfterAll
    static void stopHall() {
        if (kiosk != null) {
            kiosk.quit();
        }
        if (demo != null) {
            demo.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(1)
    void aWalkInTicket(Language language) throws Exception {
        home(kiosk, language);
        Browser.screenshot(kiosk, language.shot("home"));

        kiosk.findElement(By.id("take-ticket")).click();
        WebElement tile = visible(kiosk, By.id("service-company-registration"), STEP);
        Browser.screenshot(kiosk, language.shot("take"));
        tile.click();
        String number = ticketNumber(kiosk);
        visible(kiosk, By.id("slip-image"), STEP);
        assertThat(kiosk.findElement(By.tagName("body")).getText()).contains(language.yourNumber);
        Browser.screenshot(kiosk, language.shot("ticket"));

        TicketView ticket = demo.board().ticketByNumber(DemoAccess.HALL, number);
        assertThat(ticket.channel()).isEqualTo(Channel.WALK_IN);
        assertThat(ticket.service()).isEqualTo("company-registration");
        walkIns.put(language, number);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(2)
    void aPreApplicationQrCodeTypedByAKeyboardWedgeScannerGivesATicket(Language language) throws Exception {
        String reference = "SYS-SCAN-" + language.name();
        String payload = portal.preApplication(reference, "company-registration", Portal.residentId(100 + language.ordinal()));
        home(kiosk, language);
        kiosk.findElement(By.id("path-scan")).click();
        WebElement field = visible(kiosk, By.cssSelector("#scan-input input"), STEP);
        Browser.screenshot(kiosk, language.shot("scan"));
        // A wedge scanner types the whole code at once and ends with Enter, into the focused field.
        field.sendKeys(payload + "\n");

        WebElement confirm = visible(kiosk, By.id("checkin-confirm"), STEP);
        assertThat(kiosk.findElement(By.id("checkin-card")).getText()).contains(reference);
        Browser.screenshot(kiosk, language.shot("scan-card"));
        confirm.click();
        String number = ticketNumber(kiosk);
        Browser.screenshot(kiosk, language.shot("scan-ticket"));

        TicketView ticket = demo.board().ticket(ticketIdFromUrl(kiosk));
        assertThat(ticket.number()).isEqualTo(number);
        assertThat(ticket.channel()).isEqualTo(Channel.PRE_APPLICATION);
        assertThat(ticket.service()).isEqualTo("company-registration");
    }

    /** The demo pre-applications: DEMO-P-001 (approved) in Chinese, DEMO-P-002 (materials missing) in English. */
    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(3)
    void aPreApplicationQrCodeHeldInFrontOfTheCameraGivesATicket(Language language) throws Exception {
        String reference = language == Language.ZH ? "DEMO-P-001" : "DEMO-P-002";
        String service = language == Language.ZH ? "company-registration" : "property-transfer";
        String payload = decodeQr(HALL_WORK.resolve("data/demo-qr/" + reference + ".png"));
        Path video = FakeCamera.qrCode(payload, VIDEOS.resolve(language.tag + "-" + reference + ".y4m"));

        ChromeDriver camera = Browser.open("zh-CN", 1920, 1080, Browser.fakeCamera(video));
        try {
            home(camera, language);
            camera.findElement(By.id("path-scan")).click();
            // The scan screen starts the camera by itself; the visitor only holds up the code.
            WebElement confirm = visible(camera, By.id("checkin-confirm"), CAMERA);
            assertThat(camera.findElement(By.cssSelector("#scan-camera video"))).isNotNull();
            assertThat(camera.findElement(By.id("checkin-card")).getText()).contains(reference);
            if (language == Language.EN) {
                assertThat(camera.findElement(By.id("checkin-card")).getText()).contains("materials are missing");
            }
            Browser.screenshot(camera, language.shot("camera-card"));
            confirm.click();
            String number = ticketNumber(camera);
            Browser.screenshot(camera, language.shot("camera-ticket"));

            TicketView ticket = demo.board().ticket(ticketIdFromUrl(camera));
            assertThat(ticket.number()).isEqualTo(number);
            assertThat(ticket.channel()).isEqualTo(Channel.PRE_APPLICATION);
            assertThat(ticket.service()).isEqualTo(service);
        } finally {
            camera.quit();
        }
    }

    @Test
    @Order(4)
    void anIdCardsPdf417BarcodeHeldInFrontOfTheCameraFindsThePersonsAppointment() throws Exception {
        // An AAMVA-layout barcode as on the back of an ID card: header, subfile designator, elements.
        String barcode = "@\n\u001e\rANSI 636000090001DL00310080DLDAQ" + DEMO_ID + "\nDCSCESHI\nDACYONGHUJIA\nDBB19491231\n\r";
        Path video = FakeCamera.pdf417(barcode, VIDEOS.resolve("id-card.y4m"));
        ChromeDriver camera = Browser.open("zh-CN", 1920, 1080, Browser.fakeCamera(video));
        try {
            home(camera, Language.ZH);
            camera.findElement(By.id("path-id")).click();
            // The barcode fills in the number and looks it up: the person's items appear, the number masked.
            WebElement person = visible(camera, By.id("id-person"), CAMERA);
            assertThat(person.getText()).contains("1101").doesNotContain(DEMO_ID);
            WebElement confirm = await().atMost(STEP).ignoreExceptions().until(
                    () -> camera.findElements(By.cssSelector("#id-cards [id^='checkin-confirm']")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null),
                    b -> b != null);
            assertThat(camera.findElement(By.id("id-cards")).getText()).contains("DEMO-A-");
            Browser.screenshot(camera, Language.ZH.shot("id-camera-found"));
            confirm.click();
            String number = ticketNumber(camera);

            TicketView ticket = demo.board().ticket(ticketIdFromUrl(camera));
            assertThat(ticket.number()).isEqualTo(number);
            // Found by ID, the appointment keeps its channel (and priority), as if its QR code had been scanned.
            assertThat(ticket.channel()).isEqualTo(Channel.APPOINTMENT);
        } finally {
            camera.quit();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(5)
    void aResidentIdTypedOnTheKeypadFindsThePersonsItemsAndGivesATicket(Language language) throws Exception {
        String id = Portal.residentId(200 + language.ordinal());
        String reference = "SYS-ID-" + language.name();
        portal.preApplication(reference, "invoice", id);
        home(kiosk, language);
        kiosk.findElement(By.id("path-id")).click();
        visible(kiosk, By.id("id-key-1"), STEP);
        Browser.screenshot(kiosk, language.shot("id"));

        // A wrong check character is refused on the kiosk: nothing is looked up.
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        type(kiosk, id.substring(0, 17) + wrong);
        kiosk.findElement(By.id("id-submit")).click();
        await().atMost(STEP).ignoreExceptions()
                .until(() -> kiosk.findElement(By.id("id-status")).getText(), t -> t.contains(language.wrongCheckCharacter));
        assertThat(shown(kiosk, By.id("id-person"))).isFalse();
        assertThat(kiosk.findElements(By.cssSelector("#id-cards [id^='checkin-card']"))).isEmpty();
        assertThat(kiosk.findElement(By.id("id-entry-count")).getText()).contains("18");
        Browser.screenshot(kiosk, language.shot("id-invalid"));

        kiosk.findElement(By.id("id-key-clear")).click();
        await().atMost(STEP).until(() -> kiosk.findElement(By.id("id-entry")).getText().isBlank());
        type(kiosk, id);
        await().atMost(STEP).until(() -> Browser.usable(kiosk.findElement(By.id("id-submit"))));
        kiosk.findElement(By.id("id-submit")).click();

        WebElement person = visible(kiosk, By.id("id-person"), STEP);
        assertThat(person.getText()).doesNotContain(id);
        WebElement confirm = await().atMost(STEP).ignoreExceptions().until(
                () -> kiosk.findElements(By.cssSelector("#id-cards [id^='checkin-confirm']")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null),
                b -> b != null);
        assertThat(kiosk.findElement(By.id("id-cards")).getText()).contains(reference);
        Browser.screenshot(kiosk, language.shot("id-found"));
        confirm.click();
        String number = ticketNumber(kiosk);
        Browser.screenshot(kiosk, language.shot("id-ticket"));

        TicketView ticket = demo.board().ticket(ticketIdFromUrl(kiosk));
        assertThat(ticket.number()).isEqualTo(number);
        assertThat(ticket.channel()).isEqualTo(Channel.PRE_APPLICATION);
        assertThat(ticket.service()).isEqualTo("invoice");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(6)
    void myTicketShowsWhereATicketTypedOnTheKeypadStands(Language language) throws Exception {
        String number = walkIns.get(language);
        assertThat(number).as("the walk-in ticket of the first test").isNotNull();
        home(kiosk, language);
        kiosk.findElement(By.id("path-my-ticket")).click();
        visible(kiosk, By.id("my-key-A"), STEP);
        Browser.screenshot(kiosk, language.shot("my-ticket"));
        for (int i = 0; i < number.length(); i++) {
            kiosk.findElement(By.id("my-key-" + number.charAt(i))).click();
            String typed = number.substring(0, i + 1);
            await().atMost(STEP).ignoreExceptions()
                    .until(() -> kiosk.findElement(By.id("my-entry")).getText().strip(), typed::equals);
        }
        kiosk.findElement(By.id("my-submit")).click();

        WebElement shownNumber = visible(kiosk, By.id("my-number"), STEP);
        assertThat(shownNumber.getText().strip()).isEqualTo(number);
        assertThat(kiosk.findElement(By.id("my-state")).getText()).contains(language.waiting);
        assertThat(kiosk.findElement(By.id("my-ahead")).getText()).isNotBlank();
        Browser.screenshot(kiosk, language.shot("my-ticket-status"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(7)
    void theServiceGuideShowsEachServicesMaterialsAndFees(Language language) throws Exception {
        home(kiosk, language);
        kiosk.findElement(By.id("path-guide")).click();
        await().atMost(STEP).ignoreExceptions()
                .until(() -> kiosk.findElement(By.id("guide-name")).getText(), language.firstService::equals);
        assertThat(kiosk.findElement(By.id("guide-materials")).getText()).contains(language.firstServiceMaterial);
        Browser.screenshot(kiosk, language.shot("guide"));

        // The fourth category is real estate: property transfer, the one service with a fee.
        kiosk.findElement(By.id("guide-category-3")).click();
        await().atMost(STEP).ignoreExceptions()
                .until(() -> kiosk.findElement(By.id("guide-fee")).getText(), t -> t.contains(language.propertyTransferFee));
        Browser.screenshot(kiosk, language.shot("guide-detail"));
    }

    /** A complaint in Chinese, a suggestion in English. */
    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(8)
    void aComplaintOrSuggestionGetsATrackingNumberThatQueueServiceKnows(Language language) throws Exception {
        String kind = language == Language.ZH ? "complaint" : "suggestion";
        String category = language == Language.ZH ? "efficiency" : "environment";
        home(kiosk, language);
        kiosk.findElement(By.id("path-feedback")).click();
        visible(kiosk, By.id("fb-kind-" + kind), STEP).click();
        await().atMost(STEP).until(() -> "true".equals(
                kiosk.findElement(By.id("fb-kind-" + kind)).getAttribute("aria-pressed")));
        kiosk.findElement(By.id("fb-category-" + category)).click();
        await().atMost(STEP).until(() -> "true".equals(
                kiosk.findElement(By.id("fb-category-" + category)).getAttribute("aria-pressed")));
        kiosk.findElement(By.cssSelector("#fb-text textarea"))
                .sendKeys(language == Language.ZH ? "等候时间太长" : "More seats near window 5, please");
        kiosk.findElement(By.cssSelector("#fb-contact input")).sendKeys("13800000000");
        Browser.screenshot(kiosk, language.shot("feedback"));
        kiosk.findElement(By.id("fb-submit")).click();

        String tracking = await().atMost(STEP).ignoreExceptions()
                .until(() -> kiosk.findElement(By.id("fb-tracking")).getText().strip(), t -> t.startsWith("FK-"));
        assertThat(kiosk.findElement(By.id("fb-done")).getText()).contains(language.trackingNumber);
        Browser.screenshot(kiosk, language.shot("feedback-done"));

        FeedbackView recorded = demo.board().feedback(tracking);
        assertThat(recorded.trackingNumber()).isEqualTo(tracking);
        assertThat(recorded.hall()).isEqualTo("demo");
        assertThat(recorded.kind()).isEqualToIgnoringCase(kind);
        assertThat(recorded.category()).isEqualToIgnoringCase(category);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Order(9)
    void aQuestionAskedAtTheKioskOpensAConsultationThatTheScreenFollowsLive(Language language) throws Exception {
        String question = language == Language.ZH ? "需要带哪些材料？ Which materials do I need?"
                : "需要交费吗？ Is there a fee?";
        home(kiosk, language);
        kiosk.findElement(By.id("path-ask")).click();
        visible(kiosk, By.id("ask-service-company-registration"), STEP).click();
        visible(kiosk, By.id(language == Language.ZH ? "ask-question-1" : "ask-question-4"), STEP).click();

        WebElement qr = visible(kiosk, By.id("ask-qr"), STEP);
        String src = await("QR code shown").atMost(STEP).ignoreExceptions()
                .until(() -> qr.getDomAttribute("src"), s -> s != null && s.startsWith("data:image/png;base64,"));
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()))));
        String link = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(link).contains("/c/");
        String id = link.substring(link.lastIndexOf("/c/") + 3);
        assertThat(kiosk.findElement(By.id("ask-following")).getText()).contains(language.askScan);
        Browser.screenshot(kiosk, language.shot("ask"));

        ConsultationView opened = demo.board().consultation(id);
        assertThat(opened.service()).isEqualTo("company-registration");
        assertThat(opened.link()).isEqualTo(link);
        assertThat(opened.messages()).first().satisfies(first -> assertThat(first.text()).isEqualTo(question));

        // The visitor writes more from their phone: the kiosk's screen shows it at its next poll.
        demo.board().sendToConsultation(id, new ConsultationMessageRequest("<b>from my phone</b>"));
        await("the phone's message on the kiosk").atMost(STEP).ignoreExceptions()
                .until(() -> kiosk.findElement(By.id("ask-messages")).getText(), t -> t.contains("<b>from my phone</b>"));
        Browser.screenshot(kiosk, language.shot("ask-followed"));

        kiosk.findElement(By.id("ask-done")).click();
        visible(kiosk, By.id("take-ticket"), STEP);
        assertThat(demo.board().consultation(id).status()).isNotEqualTo(ConsultationView.Status.CLOSED);
    }

    @Test
    @Order(10)
    void theKioskShowsOutOfServiceWhileQueueServiceIsDownAndRecoversByItself() throws Exception {
        home(kiosk, Language.EN);

        hall.stopQueueService();
        // Mid-visit: the visitor goes on to take a ticket, then comes back home.
        kiosk.findElement(By.id("take-ticket")).click();
        visible(kiosk, By.id("back-home"), STEP).click();
        WebElement trouble = visible(kiosk, By.id("home-trouble"), STEP);
        // Back home is the kiosk's own default language (Simplified Chinese): "Tickets are unavailable right now…"
        assertThat(trouble.getText()).contains("暂时无法取号");
        assertThat(shown(kiosk, By.id("take-ticket"))).isFalse();
        Browser.screenshot(kiosk, Language.ZH.shot("out-of-service"));

        hall.startQueueService();
        // Nobody touches the kiosk: it checks again by itself (every 15 s by default).
        visible(kiosk, By.id("take-ticket"), Duration.ofSeconds(40));
        assertThat(shown(kiosk, By.id("home-trouble"))).isFalse();

        kiosk.findElement(By.id("take-ticket")).click();
        visible(kiosk, By.id("service-company-registration"), STEP).click();
        String number = ticketNumber(kiosk);
        Browser.screenshot(kiosk, Language.ZH.shot("recovered"));

        assertThat(numbersShown).doesNotHaveDuplicates();
        List<String> recent = demo.board().snapshot(DemoAccess.HALL).recent().stream().map(TicketView::number).toList();
        assertThat(recent).doesNotHaveDuplicates();
        assertThat(demo.board().ticketByNumber(DemoAccess.HALL, number).channel()).isEqualTo(Channel.WALK_IN);
    }

    // --- helpers ---

    /** Opens the kiosk's home screen (a new page starts in Chinese) and switches to {@code language}. */
    private static void home(ChromeDriver driver, Language language) {
        driver.get(hall.kioskUrl() + "/");
        WebElement switcher = visible(driver, By.id("language-switch"), FIRST_LOAD);
        visible(driver, By.id("take-ticket"), FIRST_LOAD);
        if (language != Language.ZH) {
            switcher.click();
        }
        await("kiosk in " + language.tag).atMost(STEP).ignoreExceptions()
                .until(() -> driver.findElement(By.id("language-switch")).getText().strip(), language.switchOffers::equals);
    }

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

    /**
     * Types {@code text} on the ID keypad, one key tap per character, as fast as a visitor's fingers; the
     * page sends the taps to the server in order. Waits until all have registered.
     */
    private static void type(ChromeDriver driver, String text) {
        for (int i = 0; i < text.length(); i++) {
            driver.findElement(By.id("id-key-" + text.charAt(i))).click();
        }
        await("all " + text.length() + " keys registered").atMost(STEP).ignoreExceptions()
                .until(() -> driver.findElement(By.id("id-entry")).getText().strip().length() == text.length());
    }

    /** The demo QR code's payload, once queue-service has written the picture (it writes them as it starts). */
    private static String decodeQr(Path png) throws Exception {
        return await("demo QR code " + png).atMost(STEP).ignoreExceptions().until(() -> {
            BufferedImage image = ImageIO.read(png.toFile());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }, java.util.Objects::nonNull);
    }
}
