package org.openhall.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.client.api.Channel;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.i18n.KioskTranslations;

class SimulatedTicketPrinterTest {

    static final String STATUS_URL = "http://hall.example/t/7f3a9c2e-01";

    private final TicketRenderer renderer = new TicketRenderer(new KioskTranslations());

    static TicketView ticket(String id, String number) {
        return new TicketView(id, "demo", number, LocalDate.of(2025, 11, 26), "company-registration",
                LocalizedText.of("企业设立登记", "Company registration"), Channel.WALK_IN, Priority.NORMAL,
                TicketStatus.WAITING, 3, Duration.ofMinutes(12), STATUS_URL, Instant.parse("2025-11-26T02:15:00Z"),
                null, null, null, null, null, null, 0, null);
    }

    private static PrintJob job(TicketView ticket) {
        return new PrintJob(ticket, LocalizedText.of("市民服务中心", "Citizen Service Center"),
                ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void savesTheSlipAsAPngNamedByNumberAndId(@TempDir Path dir) throws IOException {
        var printer = new SimulatedTicketPrinter(renderer, dir.resolve("printed"));

        PrintResult result = printer.print(job(ticket("7f3a9c2e-01", "A023")));

        Path file = dir.resolve("printed").resolve("A023-7f3a9c2e-01.png");
        assertThat(file).exists();
        assertThat(result).isInstanceOfSatisfying(PrintResult.Printed.class, printed -> {
            assertThat(printed.preview()).isNotNull();
            assertThat(printed.preview().file()).isEqualTo(file);
            assertThat(printed.preview().png()).isEqualTo(readBytes(file));
        });
        BufferedImage slip = ImageIO.read(file.toFile());
        assertThat(slip.getWidth()).isEqualTo(TicketRenderer.WIDTH);
        assertThat(slip.getHeight()).isBetween(600, 1600);
    }

    @Test
    void theSlipsQrCodeDecodesToTheTicketsStatusUrl(@TempDir Path dir) throws Exception {
        var printer = new SimulatedTicketPrinter(renderer, dir);

        printer.print(job(ticket("7f3a9c2e-01", "A023")));

        BufferedImage slip = ImageIO.read(dir.resolve("A023-7f3a9c2e-01.png").toFile());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(slip)));
        var decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertThat(decoded.getText()).isEqualTo(STATUS_URL);
    }

    @Test
    void printsTheSameBytesARealPrinterGetsAndItsQrCodeDecodesWithoutHelp(@TempDir Path dir) throws Exception {
        var slips = new EscPosTicket(new KioskTranslations());
        var printer = new SimulatedTicketPrinter(slips, dir);
        var job = job(ticket("7f3a9c2e-01", "A023"));

        var printed = (PrintResult.Printed) printer.print(job);

        assertThat(printed.preview().png()).isEqualTo(printer.render(slips.bytes(job)));
        BufferedImage slip = ImageIO.read(new java.io.ByteArrayInputStream(printed.preview().png()));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(slip)));
        assertThat(new com.google.zxing.MultiFormatReader().decode(bitmap).getText()).isEqualTo(STATUS_URL);
    }

    @Test
    void refusesACommandARealPrinterWouldNotBeSent() {
        var printer = new SimulatedTicketPrinter(renderer, Path.of("unused"));

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> printer.render(new byte[] {0x1B, '@', 0x1B, 'Z', 1}))
                .withMessageContaining("1B 5A");
    }

    @Test
    void keepsUnsafeCharactersOutOfTheFileName() {
        assertThat(SimulatedTicketPrinter.fileName(ticket("../../etc/x", "A 1"))).isEqualTo("A_1-______etc_x.png");
    }

    @Test
    void reportsAFailureInsteadOfThrowingWhenTheSlipCannotBeSaved(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file where the folder should be");
        var printer = new SimulatedTicketPrinter(renderer, notADirectory);

        PrintResult result = printer.print(job(ticket("id-1", "A001")));

        assertThat(result).isInstanceOf(PrintResult.Failed.class);
    }

    @Test
    void printsTheVisitorsLanguageFirstWithoutFailingInEnglish(@TempDir Path dir) {
        var printer = new SimulatedTicketPrinter(renderer, dir);
        var english = new PrintJob(ticket("id-2", "B002"), LocalizedText.of("市民服务中心", "Citizen Service Center"),
                ZoneId.of("Asia/Shanghai"), Locale.ENGLISH);

        assertThat(printer.print(english)).isInstanceOf(PrintResult.Printed.class);
    }

    @Test
    void roundsTheWaitUpToWholeMinutes() {
        assertThat(TicketRenderer.minutesRoundedUp(Duration.ZERO)).isEqualTo(1);
        assertThat(TicketRenderer.minutesRoundedUp(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(TicketRenderer.minutesRoundedUp(Duration.ofMinutes(15))).isEqualTo(15);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
