package org.openhall.queue.feedback;

import java.util.Set;

/**
 * Where a follow-up stands: OPEN → VERIFIED (the facts checked) → RECTIFIED (put right) → ANSWERED
 * (the visitor told); an open or verified one may instead be APPEALED, as mistaken or malicious.
 * ANSWERED and APPEALED are final.
 */
public enum FollowUpStatus {
    OPEN, VERIFIED, RECTIFIED, ANSWERED, APPEALED;

    /** The statuses this one may move to. */
    public Set<FollowUpStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(VERIFIED, APPEALED);
            case VERIFIED -> Set.of(RECTIFIED, APPEALED);
            case RECTIFIED -> Set.of(ANSWERED);
            case ANSWERED, APPEALED -> Set.of();
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Why a follow-up was appealed. */
    public enum AppealReason {
        /** The review was given by mistake (the wrong ticket, the wrong button). */
        MISTAKEN,
        /** The review was malicious: the visit was handled properly. */
        MALICIOUS
    }
}
