package org.openhall.kiosk.printer;

import com.vaadin.flow.i18n.I18NProvider;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.springframework.stereotype.Component;

/**
 * Draws a ticket slip as a black-on-white image 576 dots wide, the width of an 80 mm thermal printer
 * at 203 dpi, so the same image can later go to a raster printer unchanged. The slip carries the
 * hall's name, the number, the service, people ahead, the estimated wait, the issue time in the hall's
 * zone and a QR code of the ticket's status page; texts come in the visitor's language first and the
 * other language below.
 */
@Component
public class TicketRenderer {

    /** Printable dots across an 80 mm thermal paper roll at 203 dpi. */
    public static final int WIDTH = 576;

    private static final int MARGIN = 24;
    private static final int MAX_HEIGHT = 2000;
    private static final int QR_SIZE = 232;
    private static final DateTimeFormatter ISSUE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18NProvider texts;
    private final SlipFonts fonts;

    public TicketRenderer(I18NProvider texts) {
        this.texts = texts;
        this.fonts = new SlipFonts();
    }

    /** The texts the slip is written in. */
    I18NProvider texts() {
        return texts;
    }

    /** The slip for {@code job}, cropped to its content. */
    public BufferedImage render(PrintJob job) {
        TicketView ticket = job.ticket();
        Locale first = KioskLanguages.supported(job.language());
        Locale second = first.equals(KioskLanguages.CHINESE) ? KioskLanguages.ENGLISH : KioskLanguages.CHINESE;

        var canvas = new BufferedImage(WIDTH, MAX_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        int height;
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, MAX_HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            var pen = new Pen(g, MARGIN);

            pen.text(job.hallName().in(first), fonts.bold(32));
            pen.secondary(job.hallName().in(first), job.hallName().in(second), fonts.plain(18));
            pen.rule();

            pen.text(t("slip.your-number", first), fonts.plain(22));
            pen.text(t("slip.your-number", second), fonts.plain(16));
            pen.text(ticket.number(), fonts.bold(150));
            pen.text(ticket.serviceName().in(first), fonts.bold(32));
            pen.secondary(ticket.serviceName().in(first), ticket.serviceName().in(second), fonts.plain(20));
            pen.rule();

            if (ticket.position() != null) {
                pen.text(t("slip.people-ahead", first, ticket.position()), fonts.bold(28));
                pen.text(t("slip.people-ahead", second, ticket.position()), fonts.plain(18));
            }
            if (ticket.estimatedWait() != null) {
                long minutes = minutesRoundedUp(ticket.estimatedWait());
                pen.text(t("slip.estimated-wait", first, minutes), fonts.bold(28));
                pen.text(t("slip.estimated-wait", second, minutes), fonts.plain(18));
            }

            pen.gap(12);
            pen.image(QrCodes.image(ticket.statusUrl(), QR_SIZE));
            pen.text(t("slip.scan", first), fonts.plain(20));
            pen.text(t("slip.scan", second), fonts.plain(16));
            pen.rule();

            String issued = ISSUE_TIME.format(ticket.issuedAt().atZone(job.zone()));
            pen.text(t("slip.issued-at", first, issued), fonts.plain(20));
            pen.text(t("slip.watch", first), fonts.plain(18));
            pen.text(t("slip.watch", second), fonts.plain(16));
            height = pen.y() + MARGIN;
        } finally {
            g.dispose();
        }
        // Copy rather than getSubimage: a sub-image keeps the whole tall raster alive and encodes it.
        var slip = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D copy = slip.createGraphics();
        try {
            copy.drawImage(canvas, 0, 0, null);
        } finally {
            copy.dispose();
        }
        return slip;
    }

    /** Whole minutes, rounded up, at least one: "about 0 minutes" would promise too much. */
    public static long minutesRoundedUp(Duration wait) {
        long seconds = Math.max(0, wait.toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    private String t(String key, Locale locale, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    /** Writes centred lines downwards, shrinking a line that would not fit the paper. */
    private static final class Pen {

        private final Graphics2D g;
        private int y;

        Pen(Graphics2D g, int top) {
            this.g = g;
            this.y = top;
        }

        int y() {
            return y;
        }

        void text(String text, Font font) {
            if (text.isBlank()) {
                return;
            }
            Font fitted = font;
            int available = WIDTH - 2 * MARGIN;
            while (g.getFontMetrics(fitted).stringWidth(text) > available && fitted.getSize2D() > 12) {
                fitted = fitted.deriveFont(fitted.getSize2D() - 1);
            }
            var metrics = g.getFontMetrics(fitted);
            g.setFont(fitted);
            y += metrics.getAscent();
            g.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, y);
            y += metrics.getDescent() + metrics.getLeading() + 4;
        }

        /** A second-language line, left out when it would only repeat the first. */
        void secondary(String first, String second, Font font) {
            if (!second.equals(first)) {
                text(second, font);
            }
        }

        void rule() {
            y += 10;
            g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {8, 6}, 0));
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            y += 14;
        }

        void gap(int dots) {
            y += dots;
        }

        void image(BufferedImage image) {
            g.drawImage(image, (WIDTH - image.getWidth()) / 2, y, null);
            y += image.getHeight() + 4;
        }
    }
}
