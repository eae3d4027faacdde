package org.openhall.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.kiosk.printer.EscPosTicketTest.ascii;
import static org.openhall.kiosk.printer.EscPosTicketTest.concat;
import static org.openhall.kiosk.printer.EscPosTicketTest.indexOf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.client.api.LocalizedText;
import org.openhall.kiosk.i18n.KioskTranslations;

/** The receipt of a complaint or suggestion, on the same ESC/POS path as tickets. */
class FeedbackSlipTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TRACKING = "FK-20251126-0001";

    private final EscPosTicket slips = new EscPosTicket(new KioskTranslations());

    static FeedbackSlip complaint(Locale language) {
        return new FeedbackSlip(TRACKING, "COMPLAINT", "EFFICIENCY", Instant.parse("2025-11-26T02:15:00Z"),
                LocalizedText.of("市民服务中心", "Citizen Service Center"), ZoneId.of("Asia/Shanghai"), language);
    }

    @Test
    void startsWithInitialisationAndChineseModeAndEndsWithACut() {
        byte[] bytes = slips.bytes(complaint(Locale.SIMPLIFIED_CHINESE));

        assertThat(bytes).startsWith(0x1B, '@', 0x1C, '&');
        assertThat(bytes).endsWith(0x1D, 'V', 66, 96);
    }

    @Test
    void printsHallKindCategoryTimeAndFollowUpInBothLanguagesWithChineseInGb18030() {
        byte[] bytes = slips.bytes(complaint(Locale.SIMPLIFIED_CHINESE));

        for (String text : new String[] {"市民服务中心", "投诉", "Complaint", "受理编号", "Tracking number",
                "类别：办事效率", "About: Speed of service", "提交时间 2025-11-26 10:15", "请凭受理编号 " + TRACKING,
                "give the number", TRACKING + " at the help desk"}) {
            assertThat(indexOf(bytes, text.getBytes(GB18030))).as(text).isPositive();
        }
        assertThat(indexOf(bytes, "投诉".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void printsTheTrackingNumberAsLargeAsFitsThePaper() {
        byte[] bytes = slips.bytes(complaint(Locale.ENGLISH));

        // 16 characters twice as wide and high (GS ! 0x11), bold; three times would touch the paper's edges
        assertThat(indexOf(bytes, concat(new byte[] {0x1D, '!', 0x11, 0x1B, 'E', 1}, ascii(TRACKING + "\n"))))
                .isPositive();
        assertThat(EscPosTicket.largestFitting("FB-00042", 3)).isEqualTo(3);
        assertThat(EscPosTicket.largestFitting("X".repeat(30), 3)).isEqualTo(1);
    }

    @Test
    void breaksEnglishBetweenWordsAndChineseAnywhereSoTheNumberStaysWhole() {
        assertThat(EscPosTicket.wrap("To follow it up, give the number " + TRACKING + " at the help desk", 48))
                .containsExactly("To follow it up, give the number", TRACKING + " at the help desk");
        assertThat(EscPosTicket.wrap("请凭受理编号 " + TRACKING + " 到大厅服务台或拨打大厅服务电话查询办理进度", 48))
                .allSatisfy(row -> assertThat(row.codePoints().map(c -> c > 0x7F ? 2 : 1).sum()).isLessThanOrEqualTo(48))
                .anySatisfy(row -> assertThat(row).contains(TRACKING));
        assertThat(EscPosTicket.wrap("x".repeat(50), 48)).containsExactly("x".repeat(48), "xx");
        assertThat(EscPosTicket.wrap("-".repeat(48), 48)).containsExactly("-".repeat(48));
    }

    @Test
    void storesAndPrintsTheTrackingNumberAsAQrCode() {
        byte[] bytes = slips.bytes(complaint(Locale.ENGLISH));
        byte[] data = ascii(TRACKING);

        assertThat(indexOf(bytes, concat(new byte[] {0x1D, '(', 'k', (byte) (data.length + 3), 0, 49, 80, 48}, data)))
                .as("stored data").isPositive();
        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k', 3, 0, 49, 81, 48})).as("print").isPositive();
    }

    @Test
    void theSimulatedReceiptIsTheseBytesAndItsQrCodeDecodesToTheTrackingNumber(@TempDir Path dir)
            throws Exception {
        var printer = new SimulatedTicketPrinter(slips, dir);
        var job = complaint(Locale.SIMPLIFIED_CHINESE);

        var printed = (PrintResult.Printed) printer.print(job);

        assertThat(printed.preview()).isNotNull();
        assertThat(printed.preview().file()).isEqualTo(dir.resolve("feedback-FK-20251126-0001.png"));
        assertThat(printed.preview().png()).isEqualTo(printer.render(slips.bytes(job)));
        var image = ImageIO.read(new ByteArrayInputStream(printed.preview().png()));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new MultiFormatReader().decode(bitmap).getText()).isEqualTo(TRACKING);
    }

    @Test
    void aSuggestionSaysSo() {
        var suggestion = new FeedbackSlip(TRACKING, "SUGGESTION", "ENVIRONMENT", Instant.EPOCH,
                LocalizedText.of("市民服务中心", "Citizen Service Center"), ZoneId.of("UTC"), Locale.ENGLISH);

        byte[] bytes = slips.bytes(suggestion);

        assertThat(indexOf(bytes, ascii("Suggestion"))).isPositive();
        assertThat(indexOf(bytes, "建议".getBytes(GB18030))).isPositive();
        assertThat(indexOf(bytes, "投诉".getBytes(GB18030))).isNegative();
    }

    @Test
    void aRealPrinterIsAskedForItsStatusBeforeAndAfterTheReceipt() throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            byte ok = 0x12;
            var printerSide = EscPosTicketPrinterTest.FakePrinter.start(server, new byte[] {ok, ok, ok, ok});
            var port = PrinterPort.of("tcp://127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(2));
            var job = complaint(Locale.SIMPLIFIED_CHINESE);

            var result = new EscPosTicketPrinter(slips, port, Duration.ofSeconds(2)).print(job);

            assertThat(result).isInstanceOf(PrintResult.Printed.class);
            var expected = new ByteArrayOutputStream();
            for (int n = 1; n <= 4; n++) {
                expected.writeBytes(new byte[] {0x10, 0x04, (byte) n});
            }
            expected.writeBytes(slips.bytes(job));
            for (int n = 1; n <= 4; n++) {
                expected.writeBytes(new byte[] {0x10, 0x04, (byte) n});
            }
            assertThat(printerSide.get(10, TimeUnit.SECONDS)).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void aCoverOpenPrinterPrintsNoReceiptAndSaysWhy() throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            byte ok = 0x12;
            var printerSide = EscPosTicketPrinterTest.FakePrinter.start(server, new byte[] {(byte) (ok | 0x08), (byte) (ok | 0x04), ok, ok});
            var port = PrinterPort.of("tcp://127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(2));
            var printer = new EscPosTicketPrinter(slips, port, Duration.ofSeconds(2));

            var result = printer.print(complaint(Locale.ENGLISH));

            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                    failed -> assertThat(failed.reason()).contains("cover open"));
            assertThat(printer.status().coverOpen()).isTrue();
            assertThat(printerSide.get(10, TimeUnit.SECONDS)).hasSize(4 * 3);
        }
    }
}
