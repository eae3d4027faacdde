package org.openhall.client.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a scanned QR code (or an ID lookup) refers to, for the kiosk to show before issuing.
 *
 * @param kind            {@code PRE_APPLICATION} or {@code APPOINTMENT}
 * @param reference       the portal's reference of the application or booking
 * @param maskedName      the applicant's name masked for a public screen ({@code 张*})
 * @param preReviewStatus for a pre-application: {@code APPROVED}, {@code MATERIALS_MISSING} or
 *                        {@code REJECTED}; null for an appointment
 * @param appointmentAt   for an appointment: the booked time
 * @param checkInOpen     whether a ticket can be issued for it now
 * @param refusal         when it cannot: the problem code ({@code too-early}, {@code too-late},
 *                        {@code already-checked-in}, {@code pre-review-rejected}, …)
 * @param payload         for an item found by ID number: a short-lived signed check-in payload the
 *                        kiosk passes to {@code POST /api/halls/{hall}/check-ins}, as if its QR code had
 *                        been scanned; null for an item looked up from a scanned code
 */
public record CheckInView(String kind, String reference, String service, LocalizedText serviceName,
        String maskedName, @Nullable String preReviewStatus, @Nullable Instant appointmentAt, boolean checkInOpen,
        @Nullable String refusal, @Nullable String payload) {

    public CheckInView(String kind, String reference, String service, LocalizedText serviceName, String maskedName,
            @Nullable String preReviewStatus, @Nullable Instant appointmentAt, boolean checkInOpen,
            @Nullable String refusal) {
        this(kind, reference, service, serviceName, maskedName, preReviewStatus, appointmentAt, checkInOpen, refusal,
                null);
    }
}
