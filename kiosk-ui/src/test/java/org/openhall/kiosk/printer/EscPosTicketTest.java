package org.openhall.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.LocalizedText;
import org.openhall.kiosk.i18n.KioskTranslations;

class EscPosTicketTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final EscPosTicket slips = new EscPosTicket(new KioskTranslations());

    static PrintJob job(String number, Locale language) {
        return new PrintJob(SimulatedTicketPrinterTest.ticket("7f3a9c2e-01", number),
                LocalizedText.of("市民服务中心", "Citizen Service Center"), ZoneId.of("Asia/Shanghai"), language);
    }

    @Test
    void startsWithInitialisationAndChineseModeAndEndsWithACut() {
        byte[] bytes = slips.bytes(job("A023", Locale.SIMPLIFIED_CHINESE));

        assertThat(bytes).startsWith(0x1B, '@', 0x1C, '&');
        assertThat(bytes).endsWith(0x1D, 'V', 66, 96);
    }

    @Test
    void printsTheNumberInLargeType() {
        byte[] bytes = slips.bytes(job("A023", Locale.SIMPLIFIED_CHINESE));

        // GS ! 0x55 (six times wide and high) right before the number
        assertThat(indexOf(bytes, concat(new byte[] {0x1D, '!', 0x55, 0x1B, 'E', 1}, ascii("A023\n")))).isPositive();
    }

    @Test
    void writesChineseInGb18030() {
        byte[] bytes = slips.bytes(job("A023", Locale.SIMPLIFIED_CHINESE));

        assertThat(indexOf(bytes, "市民服务中心".getBytes(GB18030))).isPositive();
        assertThat(indexOf(bytes, "企业设立登记".getBytes(GB18030))).isPositive();
        assertThat(indexOf(bytes, "市民服务中心".getBytes(StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void storesAndPrintsTheStatusUrlAsAQrCodeWithErrorLevelM() {
        byte[] bytes = slips.bytes(job("A023", Locale.ENGLISH));
        byte[] url = ascii(SimulatedTicketPrinterTest.STATUS_URL);
        int length = url.length + 3;

        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k', 3, 0, 49, 69, 49})).as("error level M").isPositive();
        assertThat(indexOf(bytes, concat(new byte[] {0x1D, '(', 'k', (byte) length, 0, 49, 80, 48}, url)))
                .as("stored data").isPositive();
        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k', 3, 0, 49, 81, 48})).as("print").isPositive();
    }

    @Test
    void staysSmallEnoughForASlowSerialLine() {
        assertThat(slips.bytes(job("A023", Locale.SIMPLIFIED_CHINESE)).length).isBetween(200, 1200);
    }

    @Test
    void keepsControlCharactersInNamesFromBecomingCommands() {
        var job = new PrintJob(SimulatedTicketPrinterTest.ticket("id", "A1"),
                LocalizedText.of("Hall\u001bd\u0010", "Hall\u001bd\u0010"), ZoneId.of("UTC"), Locale.ENGLISH);

        byte[] bytes = slips.bytes(job);

        assertThat(indexOf(bytes, ascii("Hall d"))).isPositive();
        assertThat(indexOf(bytes, new byte[] {0x1B, 'd'})).isNegative();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
