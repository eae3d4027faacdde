package org.openhall.queue.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
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
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Issues tickets. A ticket gets the next number of its service's prefix for the hall's service
 * day, in the same transaction that records it and its event; an {@code Idempotency-Key} makes a
 * retried request return the ticket the first one issued instead of a second ticket.
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

    TicketIssuing(HallCatalog catalog, HallTransactions transactions, TicketRepository tickets,
            TicketNumbering numbering, TicketViews views, EventLog events, JdbcClient jdbc, Clock clock) {
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
     * Issues a ticket for a service of the hall, or returns the ticket an earlier request with the
     * same idempotency key issued. Refuses (with a problem) an unknown hall or service, a closed
     * hall, a reached daily quota, and a key reused for a different request.
     */
    public Issued issue(String hall, IssueTicketRequest request, @Nullable String idempotencyKey) {
        if (request.service() == null || request.service().isBlank()) {
            throw QueueException.badRequest("invalid-request", "Name the service to take a ticket for.");
        }
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw QueueException.badRequest("invalid-idempotency-key",
                    "An Idempotency-Key is 1 to 100 letters, digits or . _ : -");
        }
        Channel channel = request.channel() == null ? Channel.WALK_IN : request.channel();
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        String requestHash = hash(request.service() + "|" + channel + "|" + priority);
        catalog.hall(hall);
        return transactions.write(hall, () -> {
            if (idempotencyKey != null) {
                Optional<Issued> earlier = replay(hall, idempotencyKey, requestHash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            Hall theHall = catalog.hall(hall);
            ServiceDefinition service = catalog.service(hall, request.service());
            Instant now = clock.instant();
            if (theHall.enforceOpeningHours() && !theHall.isOpenAt(now)) {
                throw QueueException.conflict("hall-closed", theHall.name().en() + " is closed now; tickets are issued during opening hours.");
            }
            LocalDate day = theHall.serviceDayAt(now);
            if (service.dailyQuota() != null && numbering.issued(hall, service.prefix(), day) >= service.dailyQuota()) {
                throw QueueException.conflict("quota-reached", "Today's " + service.dailyQuota() + " tickets for "
                        + service.name().en() + " have all been issued.");
            }
            String number = TicketNumbering.format(service.prefix(), numbering.next(hall, service.prefix(), day));
            Ticket fresh = Ticket.issue(newPublicId(), hall, day, number, service.code(), channel, priority, now);
            long id = tickets.insert(fresh);
            Ticket ticket = tickets.findById(id).orElseThrow();
            if (idempotencyKey != null) {
                jdbc.sql("INSERT INTO idempotency_key (hall_code, idem_key, request_hash, ticket_id, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(hall, idempotencyKey, requestHash, id, Timestamp.from(now)).update();
            }
            TicketView view = views.of(ticket, now);
            events.append(hall, HallEvent.TICKET_ISSUED, now, view, null, id);
            log.info("Issued ticket {} for {} in hall {} ({} ahead)", number, service.code(), hall, view.position());
            return new Issued(view, false);
        });
    }

    private Optional<Issued> replay(String hall, String key, String requestHash) {
        return jdbc.sql("SELECT request_hash, ticket_id FROM idempotency_key WHERE hall_code = ? AND idem_key = ?")
                .params(hall, key)
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(requestHash)) {
                        throw QueueException.unprocessable("idempotency-key-reused",
                                "This Idempotency-Key was already used for a different request.");
                    }
                    Ticket ticket = tickets.findById(rs.getLong(2)).orElseThrow();
                    return new Issued(views.of(ticket, clock.instant()), true);
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
