package org.openhall.client.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hall's day so far, for the managers' live dashboard ({@code GET /api/halls/{hall}/stats}).
 * Waits are measured from a ticket's issue to its first call; a day is the hall's service day.
 *
 * @param services       one entry per service of the hall's catalog, in catalog order
 * @param windows        every window of the hall, by number
 * @param alerts         tickets still waiting past their service's wait threshold, longest first
 * @param waitingOverDay how many tickets were waiting, every 15 minutes from the quarter hour at or
 *                       before the hall's first opening time today (or the day's first ticket, if
 *                       earlier) up to {@code at}, the last point being {@code at} itself; empty
 *                       before the day's first ticket
 * @param devices        the hall's kiosks and boards as they last reported, by id
 */
public record HallStats(String hall, LocalDate serviceDay, Instant at, List<ServiceStats> services,
        List<WindowStats> windows, List<WaitAlert> alerts, List<WaitingPoint> waitingOverDay,
        List<DeviceView> devices, Reviews reviews, Consultations consultations) {

    public HallStats {
        reviews = reviews == null ? Reviews.NONE : reviews;
        consultations = consultations == null ? Consultations.NONE : consultations;
    }

    /** The day's figures without consultations. */
    public HallStats(String hall, LocalDate serviceDay, Instant at, List<ServiceStats> services,
            List<WindowStats> windows, List<WaitAlert> alerts, List<WaitingPoint> waitingOverDay,
            List<DeviceView> devices, Reviews reviews) {
        this(hall, serviceDay, at, services, windows, alerts, waitingOverDay, devices, reviews, Consultations.NONE);
    }

    /** The day's figures without ratings and follow-ups (a hall that has none yet). */
    public HallStats(String hall, LocalDate serviceDay, Instant at, List<ServiceStats> services,
            List<WindowStats> windows, List<WaitAlert> alerts, List<WaitingPoint> waitingOverDay,
            List<DeviceView> devices) {
        this(hall, serviceDay, at, services, windows, alerts, waitingOverDay, devices, Reviews.NONE);
    }

    /**
     * Visitors' consultations: those waiting now and today's first answers.
     *
     * @param waiting             conversations waiting for a staff member now
     * @param longestWait         how long the longest-waiting one has waited; null when none waits
     * @param openedToday         conversations opened today
     * @param answeredToday       of those, answered by staff
     * @param meanFirstResponse   mean time from the question to the first answer; null before the first
     * @param withinTarget        answered within the hall's first-response target
     * @param heldToTarget        answered, plus those not answered that waited past the target
     * @param target              the first-response target
     */
    public record Consultations(int waiting, @Nullable Duration longestWait, int openedToday, int answeredToday,
            @Nullable Duration meanFirstResponse, int withinTarget, int heldToTarget, @Nullable Duration target) {

        public static final Consultations NONE = new Consultations(0, null, 0, 0, null, 0, 0, null);
    }

    /**
     * Today's ratings and the hall's follow-ups still to do.
     *
     * @param ratedToday      visits rated today
     * @param satisfiedToday  of those, rated basically satisfied or better (3 to 5)
     * @param badToday        of those, dissatisfied or very dissatisfied (1 or 2)
     * @param followUpsOpen   bad reviews' and complaints' follow-ups not yet answered or appealed, any day
     * @param followUpsOverdue of those, past their deadline
     */
    public record Reviews(int ratedToday, int satisfiedToday, int badToday, int followUpsOpen,
            int followUpsOverdue) {

        public static final Reviews NONE = new Reviews(0, 0, 0, 0, 0);
    }

    /**
     * One service today.
     *
     * @param waiting       tickets waiting now
     * @param longestWait   how long the longest-waiting ticket has waited so far; null when none waits
     * @param meanWait      mean wait of today's tickets that were called; null before the first call
     * @param p95Wait       95th percentile (nearest rank) of those waits; null before the first call
     * @param served        tickets completed today
     * @param noShows       tickets marked no-show today (and not requeued since)
     * @param waitThreshold the wait after which a manager is alerted; null when the service has none
     */
    public record ServiceStats(String service, String prefix, LocalizedText name, int waiting,
            @Nullable Duration longestWait, @Nullable Duration meanWait, @Nullable Duration p95Wait,
            int served, int noShows, @Nullable Duration waitThreshold) {
    }

    /**
     * One window now.
     *
     * @param currentTicket    the number of the ticket it holds (called or being served), if any
     * @param waitingForIt     tickets waiting for a service this window serves (respecting
     *                         priority-only and normal-only)
     * @param idleWhileWaiting open, holding no ticket, while {@code waitingForIt > 0}
     * @param served           tickets completed at this window today
     */
    public record WindowStats(long windowId, int number, LocalizedText label, WindowState state,
            @Nullable String pauseReason, @Nullable Instant stateSince, WindowView.@Nullable Clerk clerk,
            @Nullable String currentTicket, int waitingForIt, boolean idleWhileWaiting, int served) {
    }

    /** A ticket waiting longer than its service's threshold. */
    public record WaitAlert(String ticketId, String number, String service, Instant issuedAt, Duration waited,
            Duration threshold) {
    }

    /** How many tickets were waiting at one instant. */
    public record WaitingPoint(Instant at, int waiting) {
    }
}
