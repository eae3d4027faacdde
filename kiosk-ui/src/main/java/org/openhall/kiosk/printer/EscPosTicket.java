package org.openhall.kiosk.printer;

import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.springframework.stereotype.Component;

/**
 * Writes a ticket slip as the ESC/POS byte stream an 80 mm thermal printer prints: initialisation,
 * Chinese text in GB18030 under {@code FS &}, the number in large type ({@code GS !}), a QR code of the
 * ticket's status page drawn by the printer itself ({@code GS ( k}, error level M) and a cut. The same
 * bytes go to a real printer and to the simulated one, which draws what they say.
 */
@Component
public class EscPosTicket {

    /** Dots per QR module: 6 gives a code of about 25 mm for a status URL, easy for a phone. */
    static final int QR_MODULE_DOTS = 6;

    /** Characters of normal width across 80 mm paper (12-dot font, 576 dots). */
    static final int COLUMNS = 48;

    private static final DateTimeFormatter ISSUE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Charset GB18030 = Charset.forName(EscPos.CHARSET);

    private final I18NProvider texts;

    public EscPosTicket(I18NProvider texts) {
        this.texts = texts;
    }

    /** The complete byte stream of {@code job}'s slip, ending with a cut. */
    public byte[] bytes(PrintJob job) {
        TicketView ticket = job.ticket();
        Locale first = KioskLanguages.supported(job.language());
        Locale second = first.equals(KioskLanguages.CHINESE) ? KioskLanguages.ENGLISH : KioskLanguages.CHINESE;
        var out = new Slip();

        out.raw(EscPos.INIT).raw(EscPos.CHINESE_MODE_ON).align(1);
        out.size(2, 2).bold(true).line(job.hallName().in(first));
        out.size(1, 1).bold(false).secondary(job.hallName().in(first), job.hallName().in(second));
        out.rule();

        out.line(t("slip.your-number", first)).line(t("slip.your-number", second));
        out.size(6, 6).bold(true).line(ticket.number());
        out.size(2, 2).line(ticket.serviceName().in(first));
        out.size(1, 1).bold(false).secondary(ticket.serviceName().in(first), ticket.serviceName().in(second));
        out.rule();

        if (ticket.position() != null) {
            out.bold(true).line(t("slip.people-ahead", first, ticket.position()));
            out.bold(false).line(t("slip.people-ahead", second, ticket.position()));
        }
        if (ticket.estimatedWait() != null) {
            long minutes = TicketRenderer.minutesRoundedUp(ticket.estimatedWait());
            out.bold(true).line(t("slip.estimated-wait", first, minutes));
            out.bold(false).line(t("slip.estimated-wait", second, minutes));
        }
        out.qr(ticket.statusUrl());
        out.line(t("slip.scan", first)).line(t("slip.scan", second));
        out.rule();
        out.line(t("slip.issued-at", first, ISSUE_TIME.format(ticket.issuedAt().atZone(job.zone()))));
        out.line(t("slip.watch", first)).line(t("slip.watch", second));
        out.cut();
        return out.toByteArray();
    }

    private String t(String key, Locale locale, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    /** A byte stream with the few ESC/POS commands a slip needs. */
    private static final class Slip {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);

        Slip raw(byte... command) {
            bytes.writeBytes(command);
            return this;
        }

        /** {@code ESC a n}: 0 left, 1 centre, 2 right. */
        Slip align(int n) {
            return raw(EscPos.ESC, (byte) 'a', (byte) n);
        }

        /** {@code GS ! n}: character width and height multipliers, 1 to 8 each. */
        Slip size(int width, int height) {
            return raw(EscPos.GS, (byte) '!', (byte) (((width - 1) << 4) | (height - 1)));
        }

        /** {@code ESC E n}: emphasised on or off. */
        Slip bold(boolean on) {
            return raw(EscPos.ESC, (byte) 'E', (byte) (on ? 1 : 0));
        }

        Slip line(String text) {
            if (!text.isBlank()) {
                // a control character in a hall or service name must not become a printer command
                String printable = text.replaceAll("\\p{Cntrl}", " ").strip();
                bytes.writeBytes(printable.getBytes(GB18030));
                bytes.write(EscPos.LF);
            }
            return this;
        }

        Slip secondary(String first, String second) {
            return second.equals(first) ? this : line(second);
        }

        Slip rule() {
            return line("-".repeat(COLUMNS));
        }

        Slip qr(String data) {
            raw(EscPos.LF);
            raw(new QRCode()
                    .setSize(QR_MODULE_DOTS)
                    .setErrorCorrectionLevel(QRCode.QRErrorCorrectionLevel.QR_ECLEVEL_M_Default)
                    .setJustification(EscPosConst.Justification.Center)
                    .getBytes(data));
            return raw(EscPos.LF);
        }

        /** Feed past the cutter, then cut partially ({@code GS V 66 n}). */
        Slip cut() {
            return raw(EscPos.GS, (byte) 'V', EscPos.CUT_FUNCTION, (byte) 96);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
