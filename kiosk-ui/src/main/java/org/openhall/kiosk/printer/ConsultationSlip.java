package org.openhall.kiosk.printer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.openhall.client.api.LocalizedText;

/**
 * A slip with a consultation's QR code, for a visitor who wants to follow the answer on their phone
 * later: the service, the question and the conversation's link as a QR code.
 *
 * @param consultationId the conversation's id (the end of its link)
 * @param link           the page where the visitor follows the conversation, printed as a QR code
 * @param serviceName    the service the question is about
 * @param question       the question, in both languages
 * @param openedAt       when the conversation was opened
 * @param hallName       the hall's name, printed at the top
 * @param zone           the hall's time zone, in which the time is printed
 * @param language       the visitor's language, printed first
 */
public record ConsultationSlip(String consultationId, String link, LocalizedText serviceName, LocalizedText question,
        Instant openedAt, LocalizedText hallName, ZoneId zone, Locale language) implements SlipJob {

    public ConsultationSlip {
        if (link.isBlank()) {
            throw new IllegalArgumentException("A consultation slip needs the conversation's link");
        }
    }

    @Override
    public String describe() {
        // The id is the conversation's only key: a log gets enough of it to match, not enough to open it.
        return "consultation " + consultationId.substring(0, Math.min(6, consultationId.length())) + "…";
    }

    @Override
    public String fileStem() {
        return "consultation-" + SlipJob.safe(consultationId);
    }
}
