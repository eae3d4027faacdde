package org.openhall.queue.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Purges visitor data once {@code openhall.retention.visitor-data} has passed, and keeps what
 * anonymous statistics need.
 *
 * <p>A hall's visitor data is kept while the service day it was last used on (in the hall's own
 * zone) ended less than the period ago; the first kept day is the service day that contains
 * {@code now − period}. Then:
 * <ul>
 * <li>a ticket of an earlier service day loses its person hash, masked name and transfer note, and
 * its events lose the masked name; its service, window, times, status, channel, priority and
 * booked time stay;</li>
 * <li>a pre-application or appointment whose last use (the portal's last notice, the slot's end,
 * the check-in) came before that day is deleted, with its ID hash, masked ID, masked name and
 * materials;</li>
 * <li>an idempotency key created before that day is deleted;</li>
 * <li>feedback submitted before that day loses its contact, text and answer; its kind, category,
 * status and tracking number stay;</li>
 * <li>a rating given before that day loses its comment and contact; its level, reasons, channel,
 * time, service, window and clerk stay;</li>
 * <li>a consultation whose last message came before that day loses its messages and the ticket it
 * named; its service, channel, status and times (opened, taken, first answer, closed) stay;</li>
 * <li>a follow-up opened before that day loses its answer to the visitor and its notes; its tracking
 * number, status, dates, assignee and who did what stay.</li>
 * </ul>
 * Runs are idempotent (a second run finds nothing) and work in batches, each in one write
 * transaction of its hall, so several instances may run at once. Each run logs a one-line summary
 * of counts and, when it purged anything, records it in the audit trail as {@code system}.
 */
@Service
public class VisitorDataRetention {

    private static final Logger log = LoggerFactory.getLogger(VisitorDataRetention.class);
    private static final AuditEvent.Actor SYSTEM = new AuditEvent.Actor(null, "system", null);

    private final VisitorDataRepository rows;
    private final HallCatalog catalog;
    private final HallTransactions transactions;
    private final AuditLog audit;
    private final RetentionProperties properties;
    private final Clock clock;

    VisitorDataRetention(VisitorDataRepository rows, HallCatalog catalog, HallTransactions transactions,
            AuditLog audit, RetentionProperties properties, Clock clock) {
        this.rows = rows;
        this.catalog = catalog;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What one run removed.
     *
     * @param tickets         tickets whose person hash, masked name or note were cleared
     * @param events          events of those tickets whose masked name was cleared
     * @param preApplications pre-applications deleted
     * @param appointments    appointments deleted
     * @param idempotencyKeys idempotency keys deleted
     * @param feedback        feedback whose contact, text and answer were cleared
     * @param ratings         ratings whose comment and contact were cleared
     * @param followUps       follow-ups whose answer and notes were cleared
     * @param consultations   consultations whose messages were deleted and ticket reference cleared
     */
    public record Purged(int tickets, int events, int preApplications, int appointments, int idempotencyKeys,
            int feedback, int ratings, int followUps, int consultations) {

        static final Purged NOTHING = new Purged(0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** Without consultations: what the purge removed before it knew them. */
        public Purged(int tickets, int events, int preApplications, int appointments, int idempotencyKeys,
                int feedback, int ratings, int followUps) {
            this(tickets, events, preApplications, appointments, idempotencyKeys, feedback, ratings, followUps, 0);
        }

        Purged plus(Purged other) {
            return new Purged(tickets + other.tickets, events + other.events,
                    preApplications + other.preApplications, appointments + other.appointments,
                    idempotencyKeys + other.idempotencyKeys, feedback + other.feedback,
                    ratings + other.ratings, followUps + other.followUps, consultations + other.consultations);
        }

        /** Whether the run removed nothing at all. */
        public boolean isEmpty() {
            return equals(NOTHING);
        }

        /** Counts only, as the log and the audit trail show them. */
        @Override
        public String toString() {
            return "anonymised tickets=" + tickets + ", events=" + events + ", feedback=" + feedback + ", ratings=" + ratings + ", follow-ups=" + followUps
                    + ", consultations=" + consultations + "; deleted pre-applications=" + preApplications + ", appointments=" + appointments
                    + ", idempotency-keys=" + idempotencyKeys;
        }
    }

    /** Purges the visitor data of every hall that is past the retention period now. */
    public Purged purge() {
        Instant now = clock.instant();
        Purged purged = Purged.NOTHING;
        for (Hall hall : catalog.halls()) {
            purged = purged.plus(purge(hall, now));
        }
        String period = describe(properties.visitorData());
        log.info("Visitor data retention (kept {}): {}", period, purged);
        if (!purged.isEmpty()) {
            audit.record(SYSTEM, AuditAction.VISITOR_DATA_PURGE, null, null,
                    "Visitor data kept " + period + ": " + purged, null);
        }
        return purged;
    }

    private Purged purge(Hall hall, Instant now) {
        LocalDate firstKeptDay = firstKeptDay(hall, now);
        Instant keepFrom = firstKeptDay.atTime(hall.dayStartsAt()).atZone(hall.zone()).toInstant();
        String code = hall.code();
        int batch = properties.batchSize();
        Purged tickets = Purged.NOTHING;
        List<Long> ids;
        do {
            ids = rows.ticketsToAnonymise(code, firstKeptDay, batch);
            if (!ids.isEmpty()) {
                List<Long> these = ids;
                tickets = tickets.plus(transactions.write(code, () -> new Purged(rows.anonymiseTickets(these),
                        rows.removeHoldersFromEvents(these), 0, 0, 0, 0, 0, 0)));
            }
        } while (ids.size() == batch);
        List<Long> followUps;
        do {
            followUps = rows.followUpsToAnonymise(code, keepFrom, batch);
            if (!followUps.isEmpty()) {
                List<Long> these = followUps;
                tickets = tickets.plus(transactions.write(code, () -> new Purged(0, 0, 0, 0, 0, 0, 0,
                        rows.anonymiseFollowUps(these))));
            }
        } while (followUps.size() == batch);
        return tickets.plus(new Purged(0, 0,
                inBatches(code, () -> rows.deletePreApplications(code, keepFrom, batch)),
                inBatches(code, () -> rows.deleteAppointments(code, keepFrom, batch)),
                inBatches(code, () -> rows.deleteIdempotencyKeys(code, keepFrom, batch)),
                inBatches(code, () -> rows.anonymiseFeedback(code, keepFrom, batch)),
                inBatches(code, () -> rows.anonymiseRatings(code, keepFrom, batch)), 0,
                inBatches(code, () -> rows.anonymiseConsultations(code, keepFrom, batch))));
    }

    /** The hall's first service day whose visitor data is kept: the one that contains now − period. */
    LocalDate firstKeptDay(Hall hall, Instant now) {
        return hall.serviceDayAt(now.minus(properties.visitorData()));
    }

    private static String describe(Duration period) {
        return period.toSeconds() % Duration.ofDays(1).toSeconds() == 0 ? period.toDays() + " days" : period.toString();
    }

    /** Runs a limited statement until it changes fewer rows than a batch; the total it changed. */
    private int inBatches(String hall, IntSupplier statement) {
        int total = 0;
        int changed;
        do {
            changed = transactions.write(hall, statement::getAsInt);
            total += changed;
        } while (changed == properties.batchSize());
        return total;
    }
}
