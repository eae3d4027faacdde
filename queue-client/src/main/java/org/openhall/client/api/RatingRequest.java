package org.openhall.client.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's rating of a completed visit ({@code POST /api/tickets/{id}/rating}), at most one per
 * ticket whatever the channel.
 *
 * @param level   5 very satisfied, 4 satisfied, 3 basically satisfied, 2 dissatisfied, 1 very
 *                dissatisfied; 1 and 2 are bad reviews, which open a follow-up
 * @param reasons optional, any of {@code ATTITUDE}, {@code EFFICIENCY}, {@code QUALITY}, {@code INTEGRITY}
 * @param comment optional, at most 500 characters
 * @param channel where it was given: {@code WINDOW} (the window's rating screen), {@code WEB} (the ticket's
 *                status page) or {@code KIOSK}; null counts as {@code WEB}
 * @param contact optional phone or e-mail for the answer to a bad review; never shown publicly
 */
public record RatingRequest(int level, @Nullable List<String> reasons, @Nullable String comment,
        @Nullable String channel, @Nullable String contact) {

    public static final int VERY_SATISFIED = 5;
    public static final int VERY_DISSATISFIED = 1;

    public RatingRequest {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static RatingRequest of(int level, String channel) {
        return new RatingRequest(level, List.of(), null, channel, null);
    }

    /** Dissatisfied or very dissatisfied. */
    public boolean isBad() {
        return level <= 2;
    }
}
