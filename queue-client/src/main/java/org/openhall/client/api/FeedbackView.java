package org.openhall.client.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A complaint or suggestion as the visitor may see it with its tracking number
 * ({@code GET /api/feedback/{trackingNumber}}): never the contact or anything personal.
 *
 * @param trackingNumber e.g. {@code FK-20261126-0042}
 * @param status         {@code RECEIVED}, {@code IN_PROGRESS} or {@code ANSWERED}
 */
public record FeedbackView(String trackingNumber, String hall, String kind, String category, String status,
        Instant submittedAt, @Nullable String answer) {
}
