package org.openhall.kiosk.printer;

import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.springframework.stereotype.Component;

/**
 * Writes a slip as the ESC/POS byte stream an 80 mm thermal printer prints: initialisation, Chinese
 * text in GB18030 under {@code FS &}, the number in large type ({@code GS !}), a QR code drawn by the
 * printer itself ({@code GS ( k}, error level M) and a cut. A ticket's QR code is its status page; a
 * complaint's or suggestion's is its tracking number. The same bytes go to a real printer and to the
 * simulated one, which draws what they say.
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
    public byte[] bytes(SlipJob job) {
        return switch (job) {
            case PrintJob ticket -> ticket(ticket);
            case FeedbackSlip feedback -> feedback(feedback);
            case ConsultationSlip consultation -> consultation(consultation);
        };
    }

    private byte[] ticket(PrintJob job) {
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

    /**
     * The receipt of a complaint or suggestion: hall, kind, the tracking number as large as fits, the
     * category, the time, how to follow it up, and the tracking number as a QR code.
     */
    private byte[] feedback(FeedbackSlip job) {
        Locale first = KioskLanguages.supported(job.language());
        Locale second = first.equals(KioskLanguages.CHINESE) ? KioskLanguages.ENGLISH : KioskLanguages.CHINESE;
        String kind = "fb.kind." + job.kind().toLowerCase(Locale.ROOT);
        String category = "fb.category." + job.category().toLowerCase(Locale.ROOT);
        var out = new Slip();

        out.raw(EscPos.INIT).raw(EscPos.CHINESE_MODE_ON).align(1);
        out.size(2, 2).bold(true).line(job.hallName().in(first));
        out.size(1, 1).bold(false).secondary(job.hallName().in(first), job.hallName().in(second));
        out.rule();

        out.size(2, 2).bold(true).line(t(kind, first));
        out.size(1, 1).bold(false).line(t(kind, second));
        out.rule();

        out.line(t("slip.fb.tracking", first)).line(t("slip.fb.tracking", second));
        int scale = largestFitting(job.trackingNumber(), 3);
        out.size(scale, scale).bold(true).line(job.trackingNumber());
        out.size(1, 1).bold(false);
        out.line(t("slip.fb.category", first, t(category, first)));
        out.line(t("slip.fb.category", second, t(category, second)));
        out.line(t("slip.fb.submitted-at", first, ISSUE_TIME.format(job.submittedAt().atZone(job.zone()))));
        out.rule();

        out.line(t("slip.fb.follow-up", first, job.trackingNumber()));
        out.line(t("slip.fb.follow-up", second, job.trackingNumber()));
        out.qr(job.trackingNumber());
        out.cut();
        return out.toByteArray();
    }

    /** A consultation's slip: hall, the service and the question, and the conversation's link as a QR code. */
    private byte[] consultation(ConsultationSlip job) {
        Locale first = KioskLanguages.supported(job.language());
        Locale second = first.equals(KioskLanguages.CHINESE) ? KioskLanguages.ENGLISH : KioskLanguages.CHINESE;
        var out = new Slip();

        out.raw(EscPos.INIT).raw(EscPos.CHINESE_MODE_ON).align(1);
        out.size(2, 2).bold(true).line(job.hallName().in(first));
        out.size(1, 1).bold(false).secondary(job.hallName().in(first), job.hallName().in(second));
        out.rule();

        out.size(2, 2).bold(true).line(t("slip.ask.title", first));
        out.size(1, 1).bold(false).line(t("slip.ask.title", second));
        out.bold(true).line(job.serviceName().in(first));
        out.bold(false).secondary(job.serviceName().in(first), job.serviceName().in(second));
        out.bold(true).line(job.question().in(first));
        out.bold(false).secondary(job.question().in(first), job.question().in(second));
        out.rule();

        out.qr(job.link());
        out.line(t("slip.ask.scan", first)).line(t("slip.ask.scan", second));
        out.rule();
        out.line(t("slip.ask.asked-at", first, ISSUE_TIME.format(job.openedAt().atZone(job.zone()))));
        out.cut();
        return out.toByteArray();
    }

    /** The largest magnification up to {@code max} at which {@code text} (one line of ASCII) fits the paper. */
    static int largestFitting(String text, int max) {
        for (int scale = max; scale > 1; scale--) {
            // a column of paper either side, so the number never touches the edge
            if (text.length() * scale <= COLUMNS - 2) {
                return scale;
            }
        }
        return 1;
    }

    /**
     * {@code text} in rows of at most {@code columns} (a Chinese character takes two): English breaks
     * between words and Chinese between characters, so that the printer never splits a word or a
     * tracking number as it would at the paper's edge.
     */
    static List<String> wrap(String text, int columns) {
        var rows = new ArrayList<String>();
        var row = new StringBuilder();
        int used = 0;
        boolean spaceBefore = false;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            if (cp == ' ') {
                spaceBefore = true;
                k++;
                continue;
            }
            // a token: a run of ASCII without spaces (a word, a number), or one wide character
            int end = k + Character.charCount(cp);
            if (cp <= 0x7F) {
                while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) <= 0x7F) {
                    end++;
                }
            }
            String token = text.substring(k, end);
            int tokenWidth = cp <= 0x7F ? token.length() : 2;
            int gap = spaceBefore && !row.isEmpty() ? 1 : 0;
            if (used + gap + tokenWidth > columns && !row.isEmpty()) {
                rows.add(row.toString());
                row.setLength(0);
                used = 0;
                gap = 0;
            }
            if (gap == 1) {
                row.append(' ');
                used++;
            }
            // a word longer than a whole row is split where the row ends
            while (used + tokenWidth > columns) {
                int fits = columns - used;
                rows.add(row.append(token, 0, fits).toString());
                row.setLength(0);
                used = 0;
                token = token.substring(fits);
                tokenWidth = token.length();
            }
            row.append(token);
            used += tokenWidth;
            spaceBefore = false;
            k = end;
        }
        if (!row.isEmpty()) {
            rows.add(row.toString());
        }
        return rows;
    }

    private String t(String key, Locale locale, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    /** A byte stream with the few ESC/POS commands a slip needs. */
    private static final class Slip {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        private int width = 1;

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
            this.width = width;
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
                for (String row : wrap(printable, COLUMNS / width)) {
                    bytes.writeBytes(row.getBytes(GB18030));
                    bytes.write(EscPos.LF);
                }
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
