package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SerialScannerTest {

    @Test
    void deliversEachLineAsASerialScanAndDropsOverlongOnes() throws Exception {
        var scans = new CodeScans();
        var seen = new ArrayList<ScannedCode>();
        scans.onScan(seen::add);
        var scanner = new SerialScanner("/dev/null-scanner", 9600, scans);
        String input = "http://hall.example/t/1\r\n\r\n" + "x".repeat(10_000) + "\n" + PayloadParserTest.CHECK_IN + "\r";

        scanner.readLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));

        assertThat(seen).extracting(ScannedCode::kind).containsExactly(CodeKind.TICKET_QR, CodeKind.CHECK_IN_QR);
        assertThat(seen).allSatisfy(code -> assertThat(code.source()).isEqualTo(ScanSource.SERIAL));
        assertThat(scanner.state()).isEqualTo(SerialScanner.State.STOPPED);
    }
}
