package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/halls/{hall}/feedback}: a complaint or a suggestion.
 *
 * @param kind     {@code COMPLAINT} or {@code SUGGESTION}
 * @param category what it is about: {@code ATTITUDE}, {@code EFFICIENCY}, {@code ENVIRONMENT},
 *                 {@code PROCESS} or {@code OTHER}
 * @param text     1 to 1000 characters
 * @param contact  a phone number or e-mail for the answer, optional
 * @param ticket   the ticket the visitor had, optional
 */
public record FeedbackRequest(String kind, String category, String text, @Nullable String contact,
        @Nullable String ticket) {
}
