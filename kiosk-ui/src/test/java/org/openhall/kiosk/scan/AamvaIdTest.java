package org.openhall.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AamvaIdTest {

    @Test
    void readsTheDocumentNumberAndName() {
        var id = AamvaId.parse(PayloadParserTest.AAMVA).orElseThrow();

        assertThat(id.documentNumber()).isEqualTo("D1234562");
        assertThat(id.familyName()).isEqualTo("PUBLIC");
        assertThat(id.firstName()).isEqualTo("JOHN");
    }

    @Test
    void masksAllButTheLastFourCharacters() {
        var id = AamvaId.parse(PayloadParserTest.AAMVA).orElseThrow();

        assertThat(id.maskedNumber()).isEqualTo("****4562");
        assertThat(id.maskedName()).isEqualTo("P***** J***");
        assertThat(id.toString()).doesNotContain("D1234562");
        assertThat(AamvaId.mask("110101199003074477")).isEqualTo("**************4477");
        assertThat(AamvaId.mask("abc")).isEqualTo("***");
    }

    @Test
    void ignoresTextThatIsNoIdBarcode() {
        assertThat(AamvaId.parse("DAQ12345")).isEmpty();
        assertThat(AamvaId.parse("ANSI but no number")).isEmpty();
        assertThat(AamvaId.parse(null)).isEmpty();
    }

    @Test
    void doesNotTakeDaqInsideAnotherValue() {
        var id = AamvaId.parse("ANSI 6360\nDCSDAQUINO\nDAQ99887766\n").orElseThrow();

        assertThat(id.documentNumber()).isEqualTo("99887766");
        assertThat(id.familyName()).isEqualTo("DAQUINO");
    }
}
