package org.openhall.kiosk.feedback;

import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.kiosk.hall.HallDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Hands a visitor's complaint or suggestion to queue-service, which gives it a tracking number. */
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

    /** The longest text queue-service accepts. */
    public static final int MAX_TEXT = 1000;

    private final QueueApi queue;
    private final HallDirectory hall;

    public FeedbackDesk(QueueApi queue, HallDirectory hall) {
        this.queue = queue;
        this.hall = hall;
    }

    /**
     * Records the feedback and returns it with its tracking number.
     *
     * @throws QueueApiException         when queue-service refuses it ({@code invalid-feedback})
     * @throws QueueUnavailableException when queue-service does not answer
     */
    public FeedbackView submit(Kind kind, Category category, String text, @Nullable String contact) {
        String trimmedContact = contact == null || contact.isBlank() ? null : contact.strip();
        FeedbackView recorded = queue.submitFeedback(hall.hallCode(),
                new FeedbackRequest(kind.name(), category.name(), text.strip(), trimmedContact, null));
        log.info("Recorded {} {} about {} in hall {}", kind, recorded.trackingNumber(), category, hall.hallCode());
        return recorded;
    }
}
