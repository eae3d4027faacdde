package org.openhall.client.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's rating as recorded ({@code 201} to {@code POST /api/tickets/{id}/rating}). Never the contact.
 *
 * @param followUp the tracking number of the follow-up a bad review opened (e.g. {@code FU-20261126-0003}),
 *                 which the visitor can check like a complaint's; null for a good review
 */
public record RatingView(String ticket, String hall, String service, @Nullable Integer windowNumber, int level,
        List<String> reasons, @Nullable String comment, String channel, Instant ratedAt,
        @Nullable String followUp) {
}
