package org.openhall.queue.seed;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openhall.client.api.ResidentId;
import org.openhall.queue.checkin.CheckIns;
import org.openhall.queue.checkin.PortalNotices;
import org.openhall.queue.checkin.QrCode;
import org.openhall.queue.hall.HallCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Gives the demo hall pre-applications and appointments to check in with, and writes their QR codes
 * as printable PNGs with an {@code index.html} into {@code openhall.demo.qr-dir} (default
 * {@code ./data/demo-qr/}) at every start. Pre-applications are created once; appointments are
 * created for each day the service starts on, around the current time: one open for check-in now,
 * one too early, one too late. All people are fictitious ({@code 测试用户甲}…) with valid test ID numbers.
 */
@Component
@Order(1)
class DemoCheckInSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCheckInSeeder.class);
    private static final String HALL = DemoHallSeeder.HALL;

    /** Fictitious people: names that say they are test users, ID numbers with valid check characters. */
    static final List<String[]> PEOPLE = List.of(
            new String[] {"测试用户甲", "11010519491231002X"},
            new String[] {"测试用户乙", withCheck("44030619900101123")},
            new String[] {"测试用户丙", withCheck("31010419851120456")});

    private final CheckIns checkIns;
    private final HallCatalog catalog;
    private final DemoHallProperties properties;
    private final Clock clock;

    DemoCheckInSeeder(CheckIns checkIns, HallCatalog catalog, DemoHallProperties properties, Clock clock) {
        this.checkIns = checkIns;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed() || catalog.halls().stream().noneMatch(h -> h.code().equals(HALL))) {
            return;
        }
        List<PortalNotices.Receipt> receipts = new ArrayList<>();
        receipts.add(preApplication("DEMO-P-001", "company-registration", "APPROVED", 0));
        receipts.add(preApplication("DEMO-P-002", "property-transfer", "MATERIALS_MISSING", 1));
        receipts.add(preApplication("DEMO-P-003", "housing-fund", "REJECTED", 2));
        ZoneId zone = catalog.hall(HALL).zone();
        ZonedDateTime now = clock.instant().atZone(zone);
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(now.toLocalDate());
        // The next half-hour slot is at most 30 minutes away: inside the default early tolerance.
        ZonedDateTime halfHour = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() < 30 ? 30 : 60);
        // Late in the evening the next half hour is tomorrow: then the slot starts now, so that the demo
        // appointment still belongs to today's service day.
        Instant nextSlot = (halfHour.toLocalDate().equals(now.toLocalDate()) ? halfHour
                : now.truncatedTo(ChronoUnit.MINUTES)).toInstant();
        receipts.add(appointment("DEMO-A-" + day + "-1", "social-insurance", nextSlot, 0));
        receipts.add(appointment("DEMO-A-" + day + "-2", "invoice", nextSlot.plus(Duration.ofHours(3)), 1));
        receipts.add(appointment("DEMO-A-" + day + "-3", "residence-permit", nextSlot.minus(Duration.ofHours(3)), 2));
        try {
            Path index = write(receipts);
            log.info("Demo check-in QR codes: {} ({} codes)", index.toAbsolutePath().normalize(), receipts.size());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not write the demo QR codes to {}", properties.qrDir().toAbsolutePath(), e);
        }
    }

    private PortalNotices.Receipt preApplication(String reference, String service, String status, int person) {
        return checkIns.receipt(QrCode.Kind.P, reference).orElseGet(() -> checkIns.receive(
                new PortalNotices.PreApplication(reference, HALL, service, PEOPLE.get(person)[1], PEOPLE.get(person)[0],
                        status, null, clock.instant()), null).receipt());
    }

    private PortalNotices.Receipt appointment(String reference, String service, Instant start, int person) {
        return checkIns.receipt(QrCode.Kind.A, reference).orElseGet(() -> checkIns.receive(
                new PortalNotices.Appointment(reference, HALL, service, PEOPLE.get(person)[1], PEOPLE.get(person)[0],
                        start, start.plus(Duration.ofMinutes(30))), null).receipt());
    }

    private Path write(List<PortalNotices.Receipt> receipts) throws IOException {
        Path dir = properties.qrDir();
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>OpenHall demo check-in codes</title>
                <style>body{font-family:sans-serif} figure{display:inline-block;margin:1em;text-align:center;width:320px}
                figcaption{font-size:14px}</style></head><body>
                <h1>演示预约与预审二维码 · Demo check-in QR codes</h1>
                <p>Fictitious test data of the demo hall. Scan at a kiosk of hall <code>demo</code>.</p>
                """);
        for (PortalNotices.Receipt receipt : receipts) {
            String file = receipt.reference() + ".png";
            png(receipt.qrPayload(), dir.resolve(file));
            html.append("<figure><img src=\"").append(file).append("\" width=\"300\" height=\"300\" alt=\"")
                    .append(HtmlUtils.htmlEscape(receipt.reference())).append("\"><figcaption>")
                    .append(HtmlUtils.htmlEscape(receipt.kind() + " " + receipt.reference())).append("<br>")
                    .append(HtmlUtils.htmlEscape(receipt.service() + " · " + receipt.maskedName() + " · "
                            + receipt.maskedId()))
                    .append("<br><small>valid until ").append(receipt.qrExpiresAt()).append("</small></figcaption></figure>\n");
        }
        html.append("</body></html>\n");
        Path index = dir.resolve("index.html");
        Files.writeString(index, html, StandardCharsets.UTF_8);
        return index;
    }

    static void png(String payload, Path file) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, com.google.zxing.BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            // Written beside it and moved into place: whoever reads the file never sees half a picture.
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            MatrixToImageWriter.writeToPath(matrix, "PNG", partial);
            java.nio.file.Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (WriterException e) {
            throw new IOException("Cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    private static String withCheck(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }
}
