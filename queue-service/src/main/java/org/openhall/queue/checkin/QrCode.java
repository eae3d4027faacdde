package org.openhall.queue.checkin;

import java.time.Instant;

/**
 * What a check-in QR code says: a pre-application ({@link Kind#P}) or appointment ({@link Kind#A})
 * of a hall, by the portal's reference, valid until {@code expiresAt} (whole seconds).
 */
public record QrCode(Kind kind, String hall, String reference, Instant expiresAt) {

    public enum Kind {
        /** A pre-application. */
        P,
        /** An appointment. */
        A
    }

    public QrCode {
        if (!hall.matches(QrCodes.HALL)) {
            throw new IllegalArgumentException("Not a hall code: " + hall);
        }
        if (!reference.matches(QrCodes.REFERENCE)) {
            throw new IllegalArgumentException("A reference is 1-64 letters, digits, _ or -: " + reference);
        }
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    }
}
