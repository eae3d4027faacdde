package org.openhall.queue.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openhall.queue.problem.QueueException;

/**
 * {@link QrCodes#verify} is a pure function (no Spring, no database here): every refusal below is
 * decided from the payload, the key and the time alone, before any lookup could happen.
 */
class QrCodesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private final QrCodes codes = new QrCodes("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final QrCode code = new QrCode(QrCode.Kind.P, "demo", "DEMO-P-001", NOW.plusSeconds(3600));

    @Test
    void acceptsAGenuineCodeOfTheHall() {
        String payload = codes.sign(code);
        assertThat(payload).matches("OH1\\.P\\.demo\\.DEMO-P-001\\.[0-9]+\\.[A-Za-z0-9_-]{22}");
        assertThat(payload.length()).isLessThanOrEqualTo(QrCodes.MAX_LENGTH);
        assertThat(codes.verify(payload, "demo", NOW)).isEqualTo(code);
    }

    @Test
    void refusesAForgedQrCode() {
        QrCodes otherKey = new QrCodes("another-key-of-the-attacker-0000".getBytes(StandardCharsets.UTF_8));
        assertRefused(otherKey.sign(code), "invalid-qr");
    }

    @Test
    void refusesAnAlteredQrCode() {
        String payload = codes.sign(code);
        assertRefused(payload.replace("DEMO-P-001", "DEMO-P-002"), "invalid-qr");
        assertRefused(payload.replace("OH1.P.", "OH1.A."), "invalid-qr");
        String expiry = String.valueOf(code.expiresAt().getEpochSecond());
        assertRefused(payload.replace(expiry, String.valueOf(code.expiresAt().getEpochSecond() + 86400)), "invalid-qr");
        char last = payload.charAt(payload.length() - 1);
        assertRefused(payload.substring(0, payload.length() - 1) + (last == 'A' ? 'B' : 'A'), "invalid-qr");
    }

    @Test
    void refusesATruncatedQrCode() {
        String payload = codes.sign(code);
        for (int length : new int[] {0, 3, 20, payload.lastIndexOf('.'), payload.length() - 1}) {
            assertRefused(payload.substring(0, length), "invalid-qr");
        }
    }

    @Test
    void refusesAnOversizedQrCode() {
        assertRefused(codes.sign(code) + "A".repeat(200), "invalid-qr");
    }

    @Test
    void refusesCharactersOutsideTheCodeAlphabet() {
        String payload = codes.sign(code);
        assertRefused(payload.replace("demo", "démo"), "invalid-qr");
        assertRefused(payload + "\n", "invalid-qr");
        assertRefused(payload.replace('.', ' '), "invalid-qr");
        assertRefused("'; DROP TABLE ticket; --", "invalid-qr");
    }

    @Test
    void refusesAnExpiredQrCode() {
        assertRefused(codes.sign(code), code.expiresAt(), "demo", "expired-qr");
    }

    @Test
    void refusesAnotherHallsQrCode() {
        assertRefused(codes.sign(code), NOW, "other-hall", "wrong-hall");
    }

    @Property
    void verifyingNeverFailsWithAnythingButARefusal(@ForAll String payload) {
        try {
            codes.verify(payload, "demo", NOW);
        } catch (QueueException e) {
            assertThat(e.code()).isIn("invalid-qr", "expired-qr", "wrong-hall");
        }
    }

    private void assertRefused(String payload, String expectedCode) {
        assertRefused(payload, NOW, "demo", expectedCode);
    }

    private void assertRefused(String payload, Instant now, String hall, String expectedCode) {
        assertThatThrownBy(() -> codes.verify(payload, hall, now))
                .isInstanceOfSatisfying(QueueException.class, e -> {
                    assertThat(e.code()).isEqualTo(expectedCode);
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }
}
