package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyboardWedgeDetectorTest {

    private static final long MS = 1_000_000L;

    private final List<String> scans = new ArrayList<>();
    private final KeyboardWedgeDetector detector =
            new KeyboardWedgeDetector(scans::add, Duration.ofMillis(50), 8);
    private long now = 1_000 * MS;

    private void type(String text, long gapMillis) {
        for (char c : text.toCharArray()) {
            now += gapMillis * MS;
            detector.key(c, now);
        }
    }

    @Test
    void takesAFastBurstEndedByEnterForAScan() {
        type("http://hall.example/t/1\n", 8);

        assertThat(scans).containsExactly("http://hall.example/t/1");
    }

    @Test
    void doesNotTakeTypingForAScan() {
        type("A023B045\n", 180);

        assertThat(scans).isEmpty();
    }

    @Test
    void needsEnterToEndTheBurst() {
        type("http://hall.example/t/1", 8);

        assertThat(scans).isEmpty();
    }

    @Test
    void refusesABurstShorterThanEightCharacters() {
        type("A023\n", 5);
        type("1234567\n", 5);

        assertThat(scans).isEmpty();
    }

    @Test
    void takesExactlyEightCharactersAndAGapJustUnderTheLimit() {
        type("12345678\n", 49);

        assertThat(scans).containsExactly("12345678");
    }

    @Test
    void refusesAGapOfFiftyMilliseconds() {
        type("1234", 10);
        type("5678\n", 50);

        assertThat(scans).isEmpty();
    }

    @Test
    void startsAfreshAfterAPauseSoTypingBeforeAScanIsNotPartOfIt() {
        type("hello", 200);
        now += 2_000 * MS;
        type("OH1.A.demo.X.1.abcdefghijklmnop\r", 4);

        assertThat(scans).containsExactly("OH1.A.demo.X.1.abcdefghijklmnop");
    }

    @Test
    void refusesAnEnterThatComesLate() {
        type("12345678", 5);
        now += 500 * MS;
        detector.key('\n', now);

        assertThat(scans).isEmpty();
    }

    @Test
    void deliversToCodeScansAsAKeyboardWedge() {
        var codeScans = new CodeScans();
        var seen = new ArrayList<ScannedCode>();
        codeScans.onScan(seen::add);
        var wedge = new KeyboardWedgeDetector(codeScans);

        long t = 0;
        for (char c : "http://hall.example/t/42\n".toCharArray()) {
            wedge.key(c, t += 10 * MS);
        }

        assertThat(seen).extracting(ScannedCode::source, ScannedCode::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScanSource.KEYBOARD_WEDGE, CodeKind.TICKET_QR));
    }
}
