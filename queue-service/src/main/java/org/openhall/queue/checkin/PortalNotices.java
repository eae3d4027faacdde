package org.openhall.queue.checkin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What the portal sends, and what the webhook answers. */
public final class PortalNotices {

    private PortalNotices() {
    }

    /**
     * A pre-application submitted online ({@code POST /api/pre-applications}). The ID number and name
     * are hashed and masked on arrival; neither is kept in clear.
     *
     * @param preReviewStatus {@code APPROVED}, {@code MATERIALS_MISSING} or {@code REJECTED}
     * @param materials       the portal's materials list as JSON, optional
     * @param submittedAt     when it was submitted; the time it arrived when absent
     */
    public record PreApplication(String reference, String hall, String service, String idNumber, String name,
            String preReviewStatus, @Nullable JsonNode materials, @Nullable Instant submittedAt) {

        @Override
        public String toString() {
            return "PreApplication[" + reference + " " + hall + "/" + service + " " + preReviewStatus + "]";
        }
    }

    /** An appointment booked online ({@code POST /api/appointments}) for the slot [slotStart, slotEnd). */
    public record Appointment(String reference, String hall, String service, String idNumber, String name,
            Instant slotStart, Instant slotEnd) {

        @Override
        public String toString() {
            return "Appointment[" + reference + " " + hall + "/" + service + " " + slotStart + "]";
        }
    }

    /**
     * The answer to the portal: what is stored, and the signed QR payload for the visitor.
     *
     * @param kind {@code PRE_APPLICATION} or {@code APPOINTMENT}
     */
    public record Receipt(String kind, String reference, String hall, String service, String maskedId,
            String maskedName, String qrPayload, Instant qrExpiresAt) {
    }

    /** A receipt, and whether the notice created the record (else it updated it). */
    public record Received(Receipt receipt, boolean created) {
    }
}
