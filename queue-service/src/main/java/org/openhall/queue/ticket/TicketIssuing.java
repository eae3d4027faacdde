package org.openhall.queue.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketView;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.identity.PersonKeys;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues tickets. A ticket gets the next number of its service's prefix for the hall's service
 * day, in the same transaction that records it and its event; an {@code Idempotency-Key} makes a
 * retried request return the ticket the first one issued instead of a second ticket. No play of the
 * hall's queue runs in that transaction: the event carries the people ahead and the estimate at hand,
 * if any ({@link HallWaits#atHand}). The estimated wait the issuer answers with, a full play of the
 * hall holding the ticket, is played once that transaction has committed, and recorded then.
 */
@Service
public class TicketIssuing {

    private static final Logger log = LoggerFactory.getLogger(TicketIssuing.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HallCatalog catalog;
    private final HallTransactions transactions;
    private final TicketRepository tickets;
    private final TicketNumbering numbering;
    private final TicketViews views;
    private final EventLog events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonKeys personKeys;
    private final WaitEstimateRepository estimates;
    private final HallWaits waits;

    TicketIssuing(HallCatalog catalog, HallTransactions transactions, TicketRepository tickets,
            TicketNumbering numbering, TicketViews views, EventLog events, JdbcClient jdbc, Clock clock,
            PersonKeys personKeys, WaitEstimateRepository estimates, HallWaits waits) {
        this.waits = waits;
        this.personKeys = personKeys;
        this.estimates = estimates;
        this.catalog = catalog;
        this.transactions = transactions;
        this.tickets = tickets;
        this.numbering = numbering;
        this.views = views;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What issuing returned: the ticket, and whether it was issued by an earlier request with the same key. */
    public record Issued(TicketView ticket, boolean replayed) {
    }

    /**
     * What to issue, decided inside the hall's write transaction.
     *
     * @param personHash    the keyed hash of the visitor's ID number, when they gave one: then a second
     *                      active ticket of theirs for the same service that service day is refused
     * @param appointmentAt the booked time, for a checked-in appointment
     * @param holder        the visitor's masked name ({@code 张*}), when a pre-application or appointment
     *                      gave it; boards show it only when the hall turns names on
     */
    public record Order(String service, Channel channel, Priority priority, @Nullable String personHash,
            @Nullable Instant appointmentAt, @Nullable String holder) {
    }

    /** Decides, inside the hall's write, whether and what to issue; lets the caller record the link to the ticket. */
    public interface Admission {

        /**
         * The ticket to issue, or a refusal ({@link QueueException}). Not called when an earlier request
         * with the same idempotency key already issued a ticket.
         */
        Order admit(Instant now);

        /** Called in the same transaction once the ticket is recorded ({@code ticketRowId} is its row id). */
        default void issued(long ticketRowId, Instant now) {
        }
    }

    /**
     * Issues a ticket for a service of the hall, or returns the ticket an earlier request with the
     * same idempotency key issued. Refuses (with a problem) an unknown hall or service, a closed
     * hall, a reached daily quota, an invalid ID number ({@code invalid-id-number}), a second active
     * ticket of the same person for the service that day ({@code duplicate-ticket}), and a key reused
     * for a different request.
     */
    public Issued issue(String hall, IssueTicketRequest request, @Nullable String idempotencyKey) {
        if (request.service() == null || request.service().isBlank()) {
            throw QueueException.badRequest("invalid-request", "Name the service to take a ticket for.");
        }
        Channel channel = request.channel() == null ? Channel.WALK_IN : request.channel();
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        PersonKeys.Person person = request.idNumber() == null ? null : personKeys.person(request.idNumber());
        String fingerprint = request.service() + "|" + channel + "|" + priority
                + (person == null ? "" : "|" + person.hash());
        Order order = new Order(request.service(), channel, priority, person == null ? null : person.hash(), null, null);
        return issue(hall, fingerprint, idempotencyKey, now -> order);
    }

    /**
     * Issues the ticket {@code admission} admits, in one write transaction of the hall with the
     * caller's own checks and records, or returns the ticket an earlier request with the same
     * idempotency key and {@code fingerprint} issued. All the refusals of
     * {@link #issue(String, IssueTicketRequest, String)} apply, plus the admission's own.
     */
    public Issued issue(String hall, String fingerprint, @Nullable String idempotencyKey, Admission admission) {
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw QueueException.badRequest("invalid-idempotency-key",
                    "An Idempotency-Key is 1 to 100 letters, digits or . _ : -");
        }
        String requestHash = hash(fingerprint);
        catalog.hall(hall);
        Written written = transactions.write(hall, () -> {
            if (idempotencyKey != null) {
                Optional<Ticket> earlier = replay(hall, idempotencyKey, requestHash);
                if (earlier.isPresent()) {
                    return new Written(earlier.get(), null, 0);
                }
            }
            Instant now = clock.instant();
            Order order = admission.admit(now);
            Hall theHall = catalog.hall(hall);
            ServiceDefinition service = catalog.service(hall, order.service());
            if (theHall.enforceOpeningHours() && !theHall.isOpenAt(now)) {
                throw QueueException.conflict("hall-closed", theHall.name().en() + " is closed now; tickets are issued during opening hours.");
            }
            LocalDate day = theHall.serviceDayAt(now);
            if (order.personHash() != null
                    && tickets.countActiveOfPerson(hall, day, service.code(), order.personHash()) > 0) {
                throw QueueException.conflict("duplicate-ticket", "This person already has a ticket for "
                        + service.name().en() + " today; finish or cancel it before taking another.");
            }
            if (service.dailyQuota() != null && numbering.issued(hall, service.prefix(), day) >= service.dailyQuota()) {
                throw QueueException.conflict("quota-reached", "Today's " + service.dailyQuota() + " tickets for "
                        + service.name().en() + " have all been issued.");
            }
            String number = TicketNumbering.format(service.prefix(), numbering.next(hall, service.prefix(), day));
            Ticket fresh = Ticket.issue(newPublicId(), hall, day, number, service.code(), order.channel(),
                    order.priority(), order.appointmentAt(), order.holder(), now);
            long id = tickets.insert(fresh, order.personHash());
            Ticket ticket = tickets.findById(id).orElseThrow();
            if (idempotencyKey != null) {
                jdbc.sql("INSERT INTO idempotency_key (hall_code, idem_key, request_hash, ticket_id, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(hall, idempotencyKey, requestHash, id, Timestamp.from(now)).update();
            }
            admission.issued(id, now);
            // The full play of the hall (every waiting ticket read and played forward) is kept out of the
            // hall's write, whatever the ticket's priority: the event carries the position and the estimate
            // at hand, if any (HallWaits.atHand).
            TicketView view = views.written(ticket, now);
            long event = events.append(hall, HallEvent.TICKET_ISSUED, now, view, null, id).id();
            log.info("Issued ticket {} for {} in hall {} ({} ahead, {})", number, service.code(), hall,
                    view.position(), order.channel());
            return new Written(ticket, view, event);
        });
        if (written.issued() == null) {
            return new Issued(views.of(written.ticket(), clock.instant()), true);
        }
        return new Issued(estimated(written.ticket(), written.issued(), written.event()), false);
    }

    /** What the hall's write did: the ticket, and its view as issued and its event's id, or null and 0 for a replay. */
    private record Written(Ticket ticket, @Nullable TicketView issued, long event) {
    }

    /**
     * The issued ticket with its estimated wait, played once the ticket is committed, and that estimate
     * recorded for {@link EstimateAccuracy}. Inside a caller's transaction the ticket is not committed
     * yet, so it is played there, where the ticket can be seen. A ticket called or cancelled before the
     * play read the hall keeps the estimate its event had, if any; so does every ticket if the play fails.
     */
    private TicketView estimated(Ticket ticket, TicketView issued, long event) {
        Instant now;
        Duration estimate;
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            now = clock.instant();
            estimate = views.of(ticket, now).estimatedWait();
        } else {
            try {
                HallWaits.AfterWrite played = waits.afterWrite(ticket.hall(), event, clock);
                now = played.now();
                // Not covered: the ticket left the queue before the play read it; it keeps the estimate at hand.
                estimate = played.estimates().covers(ticket.publicId())
                        ? played.ticket(ticket.publicId()).orElse(null)
                        : issued.estimatedWait();
            } catch (RuntimeException e) {
                log.warn("Could not estimate the wait of ticket {} in hall {} after its issue; it keeps the estimate"
                        + " at hand", ticket.number(), ticket.hall(), e);
                now = ticket.issuedAt();
                estimate = issued.estimatedWait();
            }
        }
        if (estimate != null) {
            estimates.record(Objects.requireNonNull(ticket.id()), ticket.hall(), ticket.serviceDay(), ticket.service(),
                    now, estimate);
        }
        return views.withEstimate(issued, estimate);
    }

    private Optional<Ticket> replay(String hall, String key, String requestHash) {
        return jdbc.sql("SELECT request_hash, ticket_id FROM idempotency_key WHERE hall_code = ? AND idem_key = ?")
                .params(hall, key)
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(requestHash)) {
                        throw QueueException.unprocessable("idempotency-key-reused",
                                "This Idempotency-Key was already used for a different request.");
                    }
                    return tickets.findById(rs.getLong(2)).orElseThrow();
                })
                .optional();
    }

    private static String newPublicId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
