package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.pdf417.PDF417Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.MutableClock;

class CameraFrameDecoderTest {

    private final CameraFrameDecoder decoder = new CameraFrameDecoder();

    /** A 640×480 camera-like frame: grey background with the code somewhere off centre. */
    static BufferedImage frameWith(BufferedImage code) {
        var frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, 640, 480);
        g.drawImage(code, 120, 60, null);
        g.dispose();
        return frame;
    }

    static BufferedImage qr(String text) throws Exception {
        return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300,
                Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8")));
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void decodesAQrCodeInAFrame() throws Exception {
        assertThat(decoder.decode(frameWith(qr(PayloadParserTest.CHECK_IN)))).hasValue(PayloadParserTest.CHECK_IN);
    }

    @Test
    void decodesAQrCodeInAJpegFrame() throws Exception {
        assertThat(decoder.decode(jpeg(frameWith(qr("http://hall.example/t/7f3a"))))).hasValue("http://hall.example/t/7f3a");
    }

    @Test
    void decodesAnAamvaPdf417Barcode() throws Exception {
        var matrix = new PDF417Writer().encode(PayloadParserTest.AAMVA, BarcodeFormat.PDF_417, 480, 160,
                Map.of(EncodeHintType.MARGIN, 10, EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name()));
        var png = new ByteArrayOutputStream();
        ImageIO.write(frameWith(MatrixToImageWriter.toBufferedImage(matrix)), "png", png);

        var text = decoder.decode(png.toByteArray());

        assertThat(text).hasValue(PayloadParserTest.AAMVA);
        assertThat(PayloadParser.parse(text.orElseThrow())).isEqualTo(CodeKind.ID_BARCODE);
    }

    @Test
    void ignoresOtherBarcodeFormats() throws Exception {
        var matrix = new Code128Writer().encode("A0231234", BarcodeFormat.CODE_128, 400, 120);

        assertThat(decoder.decode(frameWith(MatrixToImageWriter.toBufferedImage(matrix)))).isEmpty();
    }

    @Test
    void findsNothingInAnEmptyFrameOrInBytesThatAreNoImage() {
        assertThat(decoder.decode(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB))).isEmpty();
        assertThat(decoder.decode("not an image".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(decoder.decode(new byte[0])).isEmpty();
    }

    @Test
    void limitsTheFrameRate() {
        var clock = new MutableClock(Instant.parse("2025-11-26T02:00:00Z"), ZoneId.of("UTC"));
        var limiter = new FrameRateLimiter(4, clock);

        assertThat(limiter.tryAcquire()).isTrue();
        clock.advance(Duration.ofMillis(100));
        assertThat(limiter.tryAcquire()).isFalse();
        clock.advance(Duration.ofMillis(150));
        assertThat(limiter.tryAcquire()).isTrue();
        int taken = 0;
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(10));
            taken += limiter.tryAcquire() ? 1 : 0;
        }
        assertThat(taken).isEqualTo(4);
    }

    @Test
    void theCameraDeliversACodeOnceWhileItStaysInView() throws Exception {
        var clock = new MutableClock(Instant.parse("2025-11-26T02:00:00Z"), ZoneId.of("UTC"));
        var scans = new CodeScans();
        var seen = new ArrayList<ScannedCode>();
        scans.onScan(seen::add);
        var properties = new ScannerProperties(null, 9600, 4, 1280, 720, Duration.ofSeconds(3));
        var camera = new CameraScanner(decoder, scans, clock, properties);
        var session = camera.new Session();
        String frame = Base64.getEncoder().encodeToString(jpeg(frameWith(qr("http://hall.example/t/9"))));

        assertThat(session.frame(frame)).isPresent();
        assertThat(session.frame(frame)).as("too soon after the last frame").isEmpty();
        clock.advance(Duration.ofMillis(500));
        assertThat(session.frame(frame)).as("same code still in view").isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(session.frame(frame)).as("shown again later").isPresent();
        assertThat(session.frame("%%%not base64")).isEmpty();

        assertThat(seen).hasSize(2).allSatisfy(code -> assertThat(code.source()).isEqualTo(ScanSource.CAMERA));
    }
}
