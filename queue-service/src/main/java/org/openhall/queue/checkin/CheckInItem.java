package org.openhall.queue.checkin;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored pre-application or appointment, as check-in needs it.
 *
 * @param preReviewStatus for a pre-application only
 * @param slotStart       for an appointment only
 * @param ticketId        the row id of the ticket it was checked in with, once it was
 */
record CheckInItem(long id, QrCode.Kind kind, String reference, String hall, String service, String personHash,
        String maskedId, String maskedName, @Nullable String preReviewStatus, @Nullable Instant slotStart,
        @Nullable Instant slotEnd, @Nullable Long ticketId) {

    /**
     * Why it cannot be checked in at {@code now}, as a problem code, or null when it can: already
     * checked in, pre-review rejected, or (an appointment) outside
     * [slot start − early tolerance, slot start + late tolerance].
     */
    @Nullable String refusal(Instant now, Duration early, Duration late) {
        if (ticketId != null) {
            return "already-checked-in";
        }
        if (kind == QrCode.Kind.P && "REJECTED".equals(preReviewStatus)) {
            return "pre-review-rejected";
        }
        if (kind == QrCode.Kind.A && slotStart != null) {
            if (now.isBefore(slotStart.minus(early))) {
                return "too-early";
            }
            if (now.isAfter(slotStart.plus(late))) {
                return "too-late";
            }
        }
        return null;
    }

    String kindName() {
        return kind == QrCode.Kind.P ? "PRE_APPLICATION" : "APPOINTMENT";
    }
}
