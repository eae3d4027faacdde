package org.openhall.kiosk.feedback;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;
import org.openhall.kiosk.device.KioskDeviceStatus;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.printer.FeedbackSlip;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.TicketPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hands a visitor's complaint or suggestion to queue-service, which gives it a tracking number, and
 * prints the receipt the visitor follows it up with. A receipt that fails to print never loses the
 * feedback: it is recorded, and the kiosk turns DEGRADED as it does for a ticket.
 */
@Service
public class FeedbackDesk {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDesk.class);

    /** What feedback can be. */
    public enum Kind {
        COMPLAINT, SUGGESTION
    }

    /** What feedback can be about. */
    public enum Category {
        ATTITUDE, EFFICIENCY, ENVIRONMENT, PROCESS, OTHER
    }

    /**
     * Feedback queue-service recorded, and how printing its receipt went.
     *
     * @param feedback as recorded, with its tracking number
     * @param print    the receipt's print result (with its image when the printer renders one)
     */
    public record Recorded(FeedbackView feedback, PrintResult print) {
    }

    /** The longest text queue-service accepts. */
    public static final int MAX_TEXT = 1000;

    private final QueueApi queue;
    private final HallDirectory hall;
    private final TicketPrinter printer;
    private final KioskDeviceStatus devices;

    public FeedbackDesk(QueueApi queue, HallDirectory hall, TicketPrinter printer, KioskDeviceStatus devices) {
        this.queue = queue;
        this.hall = hall;
        this.printer = printer;
        this.devices = devices;
    }

    /**
     * Records the feedback, then prints its receipt in {@code language} (the other language below).
     *
     * @throws QueueApiException         when queue-service refuses it ({@code invalid-feedback}); nothing prints
     * @throws QueueUnavailableException when queue-service does not answer; nothing prints
     */
    public Recorded submit(Kind kind, Category category, String text, @Nullable String contact, Locale language) {
        String trimmedContact = contact == null || contact.isBlank() ? null : contact.strip();
        FeedbackView recorded = queue.submitFeedback(hall.hallCode(),
                new FeedbackRequest(kind.name(), category.name(), text.strip(), trimmedContact, null));
        log.info("Recorded {} {} about {} in hall {}", kind, recorded.trackingNumber(), category, hall.hallCode());
        return new Recorded(recorded, print(recorded, kind, category, language));
    }

    private PrintResult print(FeedbackView recorded, Kind kind, Category category, Locale language) {
        HallView known = hall.hallIfKnown().orElse(null);
        LocalizedText hallName = known != null ? known.name() : LocalizedText.of(hall.hallCode(), hall.hallCode());
        try {
            var slip = new FeedbackSlip(recorded.trackingNumber(), kind.name(), category.name(),
                    recorded.submittedAt(), hallName, hall.zone(), language);
            PrintResult result = devices.print(printer, slip);
            if (result instanceof PrintResult.Failed failed) {
                log.warn("Feedback {} is recorded but its receipt did not print: {}", recorded.trackingNumber(),
                        failed.reason());
            }
            return result;
        } catch (RuntimeException e) {
            // The printer's contract is not to throw; if one does anyway, the feedback is still recorded.
            log.error("Feedback {} is recorded but the printer failed", recorded.trackingNumber(), e);
            return new PrintResult.Failed(String.valueOf(e.getMessage()));
        }
    }
}
