package org.openhall.queue.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo hall comes with pre-applications and appointments whose printed QR codes check in. */
@QueueServiceTest
class DemoCheckInSeederTest extends ApiTestBase {

    @Autowired
    DemoHallProperties properties;

    @Test
    void writesPrintableCodesThatTheKioskCanLookUp() throws Exception {
        Path dir = properties.qrDir();
        assertThat(Files.readString(dir.resolve("index.html"))).contains("DEMO-P-001.png", "测****");
        CheckInView approved = api.lookUpCheckIn("demo", new CheckInRequest(decode(dir.resolve("DEMO-P-001.png"))));
        assertThat(approved.preReviewStatus()).isEqualTo("APPROVED");
        assertThat(approved.maskedName()).isEqualTo("测****");
        assertThat(approved.checkInOpen()).isTrue();
        CheckInView rejected = api.lookUpCheckIn("demo", new CheckInRequest(decode(dir.resolve("DEMO-P-003.png"))));
        assertThat(rejected.refusal()).isEqualTo("pre-review-rejected");
        try (var files = Files.list(dir)) {
            Path appointment = files.filter(f -> f.getFileName().toString().matches("DEMO-A-\\d{8}-1\\.png"))
                    .findFirst().orElseThrow();
            assertThat(api.lookUpCheckIn("demo", new CheckInRequest(decode(appointment))).kind()).isEqualTo("APPOINTMENT");
        }
        assertThat(api.lookUpPerson("demo", new PersonLookupRequest("11010519491231002X")).items()).isNotEmpty();
    }

    private static String decode(Path png) throws Exception {
        var image = ImageIO.read(png.toFile());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
