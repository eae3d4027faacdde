package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeScansTest {

    private final CodeScans scans = new CodeScans();
    private final List<ScannedCode> seen = new ArrayList<>();

    @Test
    void passesAValidCodeToEveryListenerOnTheCallersThread() {
        var threads = new ArrayList<Thread>();
        scans.onScan(seen::add);
        scans.onScan(code -> threads.add(Thread.currentThread()));

        scans.deliver(PayloadParserTest.CHECK_IN, ScanSource.CAMERA);

        assertThat(seen).containsExactly(
                new ScannedCode(PayloadParserTest.CHECK_IN, ScanSource.CAMERA, CodeKind.CHECK_IN_QR));
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void dropsAnInvalidPayload() {
        scans.onScan(seen::add);

        scans.deliver("bad\u0000code", ScanSource.SERIAL);
        scans.deliver(null, ScanSource.SCREEN);

        assertThat(seen).isEmpty();
    }

    @Test
    void stopsCallingAListenerOnceItsRegistrationIsRemoved() {
        var registration = scans.onScan(seen::add);
        registration.remove();

        scans.deliver("http://hall.example/t/1", ScanSource.KEYBOARD_WEDGE);

        assertThat(seen).isEmpty();
        assertThat(scans.listenerCount()).isZero();
    }

    @Test
    void keepsDeliveringWhenOneListenerFails() {
        scans.onScan(code -> {
            throw new IllegalStateException("screen gone");
        });
        scans.onScan(seen::add);

        scans.deliver("http://hall.example/t/1", ScanSource.KEYBOARD_WEDGE);

        assertThat(seen).hasSize(1);
    }

    @Test
    void givesTheIdFieldsOfAnIdBarcodeAndKeepsThemOutOfToString() {
        scans.onScan(seen::add);

        scans.deliver(PayloadParserTest.AAMVA, ScanSource.CAMERA);

        assertThat(seen.getFirst().aamvaId()).hasValueSatisfying(id ->
                assertThat(id.documentNumber()).isEqualTo("D1234562"));
        assertThat(seen.getFirst().toString()).doesNotContain("D1234562");
    }
}
