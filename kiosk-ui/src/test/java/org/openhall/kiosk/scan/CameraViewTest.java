package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.MutableClock;

class CameraViewTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-26T02:00:00Z"), ZoneId.of("UTC"));
    private final CodeScans scans = new CodeScans();
    private final CameraScanner camera = new CameraScanner(new CameraFrameDecoder(), scans, clock,
            new ScannerProperties(null, 9600, 4, 1280, 720, Duration.ofSeconds(3)));

    @Test
    void aFrameFromTheBrowserWithACodeIsDeliveredAsACameraScan() throws Exception {
        var seen = new ArrayList<ScannedCode>();
        scans.onScan(seen::add);
        var view = camera.newView();
        var frame = CameraFrameDecoderTest.jpeg(
                CameraFrameDecoderTest.frameWith(CameraFrameDecoderTest.qr(PayloadParserTest.CHECK_IN)));

        view.frame(Base64.getEncoder().encodeToString(frame));

        assertThat(seen).containsExactly(
                new ScannedCode(PayloadParserTest.CHECK_IN, ScanSource.CAMERA, CodeKind.CHECK_IN_QR));
    }

    @Test
    void remembersWhyTheCameraDidNotStartUntilItDoes() {
        var view = camera.newView();

        view.cameraFailed("NotAllowedError");
        assertThat(camera.lastFailure()).hasValue("NotAllowedError");

        view.cameraStarted();
        assertThat(camera.lastFailure()).isEmpty();
    }

    @Test
    void theBrowserScriptUsesGetUserMediaAndCallsBackTheServer() {
        assertThat(CameraView.START)
                .contains("getUserMedia", "$server.frame(", "image/jpeg", "$server.cameraFailed", "isConnected");
    }
}
