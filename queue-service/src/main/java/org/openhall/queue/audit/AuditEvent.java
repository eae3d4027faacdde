package org.openhall.queue.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audited action.
 *
 * @param actorId       the staff member's id; null for a failed sign-in under an unknown username
 * @param actorUsername who acted, or the username a failed sign-in tried
 * @param actorRole     the actor's role at the time (STAFF, MANAGER, ADMIN)
 * @param hall          the hall acted in, if the action belongs to one
 * @param target        what was acted on (a ticket, a window, ...), if anything
 * @param detail        a short sentence: the ticket number, a reason, why it was refused
 * @param remoteAddress where the request came from
 */
public record AuditEvent(long id, Instant at, @Nullable Long actorId, @Nullable String actorUsername,
        @Nullable String actorRole, AuditAction action, @Nullable String hall, @Nullable Target target,
        @Nullable String detail, @Nullable String remoteAddress) {

    /** What an action was done to. */
    public record Target(Kind kind, String id) {

        public static Target ticket(String publicId) {
            return new Target(Kind.TICKET, publicId);
        }

        public static Target window(long windowId) {
            return new Target(Kind.WINDOW, Long.toString(windowId));
        }

        /**
         * A hall, or one of its services ({@code hall/service-code}); the audit table keeps the four
         * kinds it was created with, and its rows are never altered.
         */
        public static Target hall(String hall) {
            return new Target(Kind.HALL, hall);
        }

        public static Target service(String hall, String service) {
            return new Target(Kind.HALL, hall + "/" + service);
        }

        /** A registered kiosk or board: the hall's, like a service ("demo/device/7"). */
        public static Target device(String hall, long deviceId) {
            return new Target(Kind.HALL, hall + "/device/" + deviceId);
        }

        /** A bad review's or complaint's follow-up, by its tracking number ("demo/follow-up/FU-20261126-0001"). */
        public static Target followUp(String hall, String trackingNumber) {
            return new Target(Kind.HALL, hall + "/follow-up/" + trackingNumber);
        }

        public static Target staff(long staffId) {
            return new Target(Kind.STAFF, Long.toString(staffId));
        }
    }

    public enum Kind {
        TICKET, WINDOW, HALL, STAFF
    }

    /** Who acted: a staff member, or only the username a failed sign-in tried. */
    public record Actor(@Nullable Long id, @Nullable String username, @Nullable String role) {
    }
}
