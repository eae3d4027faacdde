package org.openhall.client.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hall's figures over a day, a week (Monday to Sunday) or a calendar month of service days, for
 * its managers and the authority above them ({@code GET /api/halls/{hall}/reports/{daily|weekly|monthly}}).
 * Ticket figures come from the hall's event log for the tickets of those service days, so a report
 * of a period that is over gives the same answer whenever it is run.
 *
 * @param from       the first service day of the period
 * @param to         the last service day of the period
 * @param asOf       the instant the figures are as of: the end of the period's last service day, or
 *                   the moment the report was made while the period is still running
 * @param total      the whole hall
 * @param services   one line per service with any figure, in catalog order
 * @param windows    one line per window with any figure, by number; {@code issued} is null there
 * @param staff      one line per staff member who called, served or was rated, by badge;
 *                   {@code issued} is null there
 * @param complaints complaints and suggestions received, and complaints still to answer
 * @param estimates  how close the waits visitors were told came to the waits that followed
 */
public record HallReport(String hall, LocalizedText hallName, Period period, LocalDate from, LocalDate to,
        Instant asOf, Figures total, List<Line> services, List<Line> windows, List<Line> staff,
        Complaints complaints, Estimates estimates) {

    public HallReport {
        estimates = estimates == null ? Estimates.NONE : estimates;
    }

    /** The report without wait estimates. */
    public HallReport(String hall, LocalizedText hallName, Period period, LocalDate from, LocalDate to,
            Instant asOf, Figures total, List<Line> services, List<Line> windows, List<Line> staff,
            Complaints complaints) {
        this(hall, hallName, period, from, to, asOf, total, services, windows, staff, complaints, Estimates.NONE);
    }

    /** The same report with these wait estimates. */
    public HallReport withEstimates(Estimates estimates) {
        return new HallReport(hall, hallName, period, from, to, asOf, total, services, windows, staff, complaints,
                estimates);
    }

    /** The length of a report: one service day, an ISO week (Monday to Sunday) or a calendar month. */
    public enum Period {
        DAY, WEEK, MONTH;

        /** The first service day of the period containing {@code date}. */
        public LocalDate firstDay(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
                case MONTH -> date.withDayOfMonth(1);
            };
        }

        /** The last service day of the period containing {@code date}. */
        public LocalDate lastDay(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> firstDay(date).plusDays(6);
                case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            };
        }

        /** The path segment of its endpoint: {@code daily}, {@code weekly} or {@code monthly}. */
        public String path() {
            return switch (this) {
                case DAY -> "daily";
                case WEEK -> "weekly";
                case MONTH -> "monthly";
            };
        }
    }

    /**
     * One service, window or staff member.
     *
     * @param key   the service's code, the window's number or the staff member's badge
     * @param label the service's name, the window's label or the staff member's name; number, label and
     *              names are those in force at {@code asOf}, so a period that is over keeps the names
     *              of its time
     */
    public record Line(String key, LocalizedText label, Figures figures) {
    }

    /**
     * The figures of a line. A ticket's wait runs from its issue to its first call and counts where
     * that call was made; a visit's service time from its start to its completion at the window that
     * completed it; durations are whole seconds.
     *
     * @param issued             tickets issued (for the service they were issued for); null for
     *                           windows and staff
     * @param called             tickets called for the first time, whose wait is measured
     * @param served             visits completed
     * @param noShows            tickets whose last outcome was no-show (not requeued afterwards)
     * @param meanWait           mean wait of the tickets called; null when none
     * @param p95Wait            95th percentile (nearest rank) of those waits
     * @param meanService        mean service time of the visits completed; null when none
     * @param p95Service         95th percentile (nearest rank) of those service times
     * @param withinThreshold    tickets called within their service's wait threshold
     * @param againstThreshold   tickets held against a threshold: those called, of services that
     *                           have one, and those never called that waited past it
     * @param withinThresholdShare {@code withinThreshold / againstThreshold}, null when nothing was held
     * @param rated              ratings given during the period (of visits on this line)
     * @param satisfied          of those, basically satisfied or better (3 to 5)
     * @param bad                of those, dissatisfied or very dissatisfied (1 or 2)
     * @param satisfactionRate   {@code satisfied / rated}, null when none
     * @param followUpsOpen      bad reviews' follow-ups on this line not yet answered or appealed at {@code asOf}
     * @param followUpsOverdue   of those, past their deadline at {@code asOf}
     */
    public record Figures(@Nullable Integer issued, int called, int served, int noShows,
            @Nullable Duration meanWait, @Nullable Duration p95Wait, @Nullable Duration meanService,
            @Nullable Duration p95Service, int withinThreshold, int againstThreshold,
            @Nullable Double withinThresholdShare, int rated, int satisfied, int bad,
            @Nullable Double satisfactionRate, int followUpsOpen, int followUpsOverdue) {

        /** The figures with their two shares worked out from the counts. */
        public static Figures of(@Nullable Integer issued, int called, int served, int noShows,
                @Nullable Duration meanWait, @Nullable Duration p95Wait, @Nullable Duration meanService,
                @Nullable Duration p95Service, int withinThreshold, int againstThreshold, int rated, int satisfied,
                int bad, int followUpsOpen, int followUpsOverdue) {
            return new Figures(issued, called, served, noShows, meanWait, p95Wait, meanService, p95Service,
                    withinThreshold, againstThreshold, share(withinThreshold, againstThreshold), rated, satisfied, bad,
                    share(satisfied, rated), followUpsOpen, followUpsOverdue);
        }

        private static @Nullable Double share(int part, int whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    /**
     * The hall's complaints and suggestions.
     *
     * @param complaintsReceived  complaints submitted during the period
     * @param suggestionsReceived suggestions submitted during the period
     * @param complaintsAnswered  complaints' follow-ups answered or appealed during the period
     * @param complaintsOpen      complaints' follow-ups not yet answered or appealed at {@code asOf}
     * @param complaintsOverdue   of those, past their deadline at {@code asOf}
     */
    public record Complaints(int complaintsReceived, int suggestionsReceived, int complaintsAnswered,
            int complaintsOpen, int complaintsOverdue) {
    }

    /**
     * How close the waits visitors were told when their ticket was issued (on the ticket, the kiosk and
     * the status page) came to the waits that followed, issue to first call, for the period's tickets
     * first called by {@code asOf}.
     *
     * @param close    how far a wait may be from what was told and still count as close
     * @param total    all services together
     * @param services one line per service with any such ticket, in the order of the report's services
     */
    public record Estimates(Duration close, EstimateLine total, List<EstimateLine> services) {

        public static final Estimates NONE = new Estimates(Duration.ofMinutes(5),
                EstimateLine.of("", LocalizedText.of("", ""), 0, null, null, 0), List.of());
    }

    /**
     * One service's (or the hall's) estimates.
     *
     * @param key               the service's code; empty for the whole hall
     * @param tickets           tickets told a wait at issue and called since
     * @param meanDifference    the mean of |wait − told|, whole seconds; null when none
     * @param meanLonger        the mean of (wait − told), whole seconds: positive when visitors waited
     *                          longer than they were told, negative when shorter; null when none
     * @param close             of those tickets, the waits within {@link Estimates#close} of what was told
     * @param closeShare        {@code close / tickets}, null when none
     */
    public record EstimateLine(String key, LocalizedText label, int tickets, @Nullable Duration meanDifference,
            @Nullable Duration meanLonger, int close, @Nullable Double closeShare) {

        /** The line with its share worked out from the counts. */
        public static EstimateLine of(String key, LocalizedText label, int tickets, @Nullable Duration meanDifference,
                @Nullable Duration meanLonger, int close) {
            return new EstimateLine(key, label, tickets, meanDifference, meanLonger, close,
                    tickets == 0 ? null : (double) close / tickets);
        }
    }
}
