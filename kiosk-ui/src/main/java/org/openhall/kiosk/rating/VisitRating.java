package org.openhall.kiosk.rating;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a visitor's rating of a completed visit to queue-service, as given at this kiosk (channel
 * {@value #CHANNEL}). queue-service decides whether the visit may be rated; a bad review comes back
 * with the tracking number of the follow-up it opened.
 */
@Service
public class VisitRating {

    private static final Logger log = LoggerFactory.getLogger(VisitRating.class);

    /** The channel ratings given at a kiosk are recorded with. */
    public static final String CHANNEL = "KIOSK";

    /** The longest phone number a visitor can leave. */
    public static final int MAX_PHONE = 20;

    /** The five levels, best first: 5 very satisfied … 1 very dissatisfied. */
    public static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

    /** What a rating can be about. */
    public enum Reason {
        ATTITUDE, EFFICIENCY, QUALITY, INTEGRITY
    }

    private final QueueApi queue;

    public VisitRating(QueueApi queue) {
        this.queue = queue;
    }

    /** Whether {@code level} is a bad review (dissatisfied or very dissatisfied), which a manager follows up. */
    public static boolean isBad(int level) {
        return level <= 2;
    }

    /**
     * Rates the visit of ticket {@code ticketId}. A phone number is sent only with a bad review.
     *
     * @throws IllegalArgumentException  for a level not 1 to 5
     * @throws QueueApiException         when queue-service refuses ({@code not-completed},
     *                                   {@code already-rated}, {@code rating-closed}, {@code unknown-ticket},
     *                                   {@code invalid-rating}); nothing is recorded
     * @throws QueueUnavailableException when queue-service does not answer
     */
    public RatingView rate(String ticketId, int level, Set<Reason> reasons, @Nullable String phone) {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("A level is 1 to 5, not " + level);
        }
        String contact = !isBad(level) || phone == null || phone.isBlank() ? null : phone.strip();
        List<String> reasonNames = reasons.stream().sorted().map(Reason::name).toList();
        RatingView rated = queue.rate(ticketId, new RatingRequest(level, reasonNames, null, CHANNEL, contact));
        log.info("Ticket {} rated {} at the kiosk{}", ticketId, level,
                rated.followUp() == null ? "" : "; follow-up " + rated.followUp());
        return rated;
    }
}
