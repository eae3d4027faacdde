package org.openhall.kiosk.printer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.openhall.client.api.LocalizedText;

/**
 * The receipt of a complaint or suggestion: what the visitor takes home to follow it up.
 *
 * @param trackingNumber the number queue-service gave it, printed large and as a QR code
 * @param kind           {@code COMPLAINT} or {@code SUGGESTION}
 * @param category       what it is about ({@code ATTITUDE}, {@code EFFICIENCY}, …)
 * @param submittedAt    when queue-service recorded it
 * @param hallName       the hall's name, printed at the top
 * @param zone           the hall's time zone, in which the time is printed
 * @param language       the visitor's language, printed first
 */
public record FeedbackSlip(String trackingNumber, String kind, String category, Instant submittedAt,
        LocalizedText hallName, ZoneId zone, Locale language) implements SlipJob {

    public FeedbackSlip {
        if (trackingNumber.isBlank()) {
            throw new IllegalArgumentException("A feedback slip needs a tracking number");
        }
    }

    @Override
    public String describe() {
        return kind.toLowerCase(Locale.ROOT) + " " + trackingNumber;
    }

    @Override
    public String fileStem() {
        return "feedback-" + SlipJob.safe(trackingNumber);
    }
}
