package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadParserTest {

    static final String CHECK_IN = "OH1.A.demo.APT-20251126-0042.1764122400.kX9vQ2mN7pR4sT1uW3yZ5aB8cD0eF6gH";
    static final String AAMVA = "@\n\u001e\rANSI 636014080102DL00410288ZC03290034DLDAQD1234562\nDCSPUBLIC\n"
            + "DACJOHN\nDBB19700101\nDBA20300101\r";

    @Test
    void recognisesACheckInCode() {
        assertThat(PayloadParser.parse(CHECK_IN)).isEqualTo(CodeKind.CHECK_IN_QR);
        assertThat(PayloadParser.parse(CHECK_IN.replace("OH1.A.", "OH1.P."))).isEqualTo(CodeKind.CHECK_IN_QR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "OH1.X.demo.APT-1.1764122400.kX9vQ2mN7pR4sT1uW3yZ5aB8", // neither P nor A
            "OH1.A.demo.APT-1.17641x2400.kX9vQ2mN7pR4sT1uW3yZ5aB8", // time not digits
            "OH1.A.demo.APT-1.1764122400.short", // signature too short
            "OH1.A.demo.APT-1.1764122400.kX9vQ2mN7pR4sT1u+W3yZ5aB8", // not base64url
            "OH1.A.demo.1764122400.kX9vQ2mN7pR4sT1uW3yZ5aB8" // a part missing
    })
    void refusesAMalformedCheckInCode(String text) {
        assertThatThrownBy(() -> PayloadParser.parse(text)).isInstanceOf(InvalidPayloadException.class);
    }

    @Test
    void recognisesATicketsStatusUrl() {
        assertThat(PayloadParser.parse("http://hall.example/t/7f3a9c2e-01")).isEqualTo(CodeKind.TICKET_QR);
        assertThat(PayloadParser.parse("https://queue.example.gov.cn:8443/board/t/abc_123")).isEqualTo(CodeKind.TICKET_QR);
        assertThat(PayloadParser.parse("https://hall.example/x/7f3a9c2e")).isEqualTo(CodeKind.UNKNOWN);
        assertThat(PayloadParser.parse("javascript:alert(1)//t/1")).isEqualTo(CodeKind.UNKNOWN);
    }

    @Test
    void recognisesAnAamvaIdBarcodeWithItsSeparators() {
        assertThat(PayloadParser.parse(AAMVA)).isEqualTo(CodeKind.ID_BARCODE);
        assertThat(PayloadParser.parse("AAMVA\nDLDAQ123456789\nDCSLI")).isEqualTo(CodeKind.ID_BARCODE);
    }

    @Test
    void refusesAnIdBarcodeWithoutADocumentNumber() {
        assertThatThrownBy(() -> PayloadParser.parse("@\n\u001e\rANSI 636014DL\nDAQ\nDCSX"))
                .isInstanceOf(InvalidPayloadException.class);
    }

    @Test
    void callsOtherPrintableTextUnknown() {
        assertThat(PayloadParser.parse("A023")).isEqualTo(CodeKind.UNKNOWN);
        assertThat(PayloadParser.parse("市民服务中心 😀")).isEqualTo(CodeKind.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc\u0000def", "line\nbreak", "esc\u001b[2J", "bidi\u202eabc", "tab\tx", "\ud800x",
            "x\udc00"})
    void refusesEmptyAndUnprintablePayloads(String text) {
        assertThatThrownBy(() -> PayloadParser.parse(text)).isInstanceOf(InvalidPayloadException.class);
    }

    @Test
    void refusesNullAndPayloadsLongerThanTheLimit() {
        assertThatThrownBy(() -> PayloadParser.parse(null)).isInstanceOf(InvalidPayloadException.class);
        assertThat(PayloadParser.parse("x".repeat(PayloadParser.MAX_LENGTH))).isEqualTo(CodeKind.UNKNOWN);
        assertThatThrownBy(() -> PayloadParser.parse("x".repeat(PayloadParser.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidPayloadException.class);
    }

    @Test
    void throwsNothingButAValidationErrorForRandomInput() {
        var random = new Random(20251126);
        for (int i = 0; i < 20_000; i++) {
            var chars = new char[random.nextInt(80)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = random.nextInt(4) == 0 ? "OH1.PA/t\n\u001eDAQANSI ".charAt(random.nextInt(17))
                        : (char) random.nextInt(random.nextBoolean() ? 128 : 0x10000);
            }
            String text = new String(chars);
            try {
                assertThat(PayloadParser.parse(text)).isNotNull();
            } catch (InvalidPayloadException expected) {
                // refused: fine
            }
        }
    }
}
