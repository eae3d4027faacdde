package org.openhall.queue.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.feedback.FollowUps;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records visitors' ratings of their visits: one per ticket whatever the channel, only of a
 * completed ticket and only within {@code openhall.ratings.window} of its completion. A bad review
 * (level 1 or 2) opens its follow-up in the same transaction.
 */
@Service
public class Ratings {

    private static final Logger log = LoggerFactory.getLogger(Ratings.class);
    static final Set<String> REASONS = Set.of("ATTITUDE", "EFFICIENCY", "QUALITY", "INTEGRITY");
    static final Set<String> CHANNELS = Set.of("WINDOW", "WEB", "KIOSK");

    private final JdbcClient jdbc;
    private final HallTransactions transactions;
    private final AuditLog audit;
    private final FollowUps followUps;
    private final RatingProperties properties;
    private final Clock clock;

    Ratings(JdbcClient jdbc, HallTransactions transactions, AuditLog audit,
            FollowUps followUps, RatingProperties properties, Clock clock) {
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records the rating of a ticket, with any resident ID number in its comment or contact masked,
     * and returns it without the contact; a bad review with the tracking number of the follow-up it
     * opened. Refuses with 400 {@code invalid-rating} a level not 1 to 5,
     * an unknown reason or channel, a comment over 500 or a contact over 100 characters; 404
     * {@code unknown-ticket}; 409 {@code not-completed} a ticket not done, {@code rating-closed} one
     * completed longer ago than the rating window, {@code already-rated} one rated before, also
     * when two ratings of it arrive at once. The same rating sent again (a retry after a lost
     * answer, a double tap) is answered as the first time, follow-up number included, and changes
     * nothing.
     */
    public RatingView rate(String ticketId, @Nullable RatingRequest request) {
        if (request == null) {
            throw invalid("Say how the visit was: a level from 1 to 5.");
        }
        if (request.level() < 1 || request.level() > 5) {
            throw invalid("level is 1 (very dissatisfied) to 5 (very satisfied).");
        }
        Set<String> reasons = new TreeSet<>();
        for (String reason : request.reasons()) {
            String upper = reason == null ? "" : reason.strip().toUpperCase(Locale.ROOT);
            if (!REASONS.contains(upper)) {
                throw invalid("reasons are ATTITUDE, EFFICIENCY, QUALITY or INTEGRITY.");
            }
            reasons.add(upper);
        }
        String channel = request.channel() == null ? "WEB" : request.channel().strip().toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            throw invalid("channel is WINDOW, WEB or KIOSK.");
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > 500) {
            throw invalid("A comment is at most 500 characters.");
        }
        String contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
        if (contact != null && contact.length() > 100) {
            throw invalid("A contact is at most 100 characters.");
        }
        // A visitor may write their ID number into a comment: it is kept masked, like everywhere else.
        String maskedComment = comment == null ? null : IdNumbers.maskIn(comment);
        String maskedContact = contact == null ? null : IdNumbers.maskIn(contact);

        Visit ticket = visit(ticketId);
        if (!ticket.status().equals("DONE") || ticket.endedAt() == null) {
            throw QueueException.conflict("not-completed", "Ticket " + ticket.number()
                    + " can be rated once its visit is completed.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so a repeat answers alike
        if (now.isAfter(ticket.endedAt().plus(properties.window()))) {
            throw QueueException.conflict("rating-closed", "Ticket " + ticket.number()
                    + " can no longer be rated: ratings close " + properties.window().toDays() + " days after the visit.");
        }
        Long clerk = audit.lastActor(AuditAction.COMPLETE, AuditEvent.Target.ticket(ticket.id())).orElse(null);
        String reasonList = String.join(",", reasons);
        try {
            return transactions.write(ticket.hall(), () -> {
                if (exists(ticket.id())) {
                    return repeated(ticket.id(), request.level(), reasonList, maskedComment, channel, maskedContact)
                            .orElseThrow(() -> alreadyRated(ticket));
                }
                jdbc.sql("""
                        INSERT INTO rating (ticket_id, hall_code, service_code, service_day, ticket_number, window_id,
                            window_number, clerk_id, level, reasons, comment, channel, contact, rated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(ticket.id(), ticket.hall(), ticket.service(), ticket.serviceDay(), ticket.number(),
                                ticket.windowId(), ticket.windowNumber(), clerk, request.level(), reasonList,
                                maskedComment, channel, maskedContact, Timestamp.from(now))
                        .update();
                log.info("Ticket {} ({}) in hall {} rated {} by {}", ticket.number(), ticket.id(), ticket.hall(),
                        request.level(), channel);
                String followUp = null;
                if (request.isBad()) {
                    long ratingId = jdbc.sql("SELECT id FROM rating WHERE ticket_id = ?").param(ticket.id())
                            .query(Long.class).single();
                    followUp = followUps.openForRating(ticket.hall(), ratingId);
                }
                return new RatingView(ticket.id(), ticket.hall(), ticket.service(), ticket.windowNumber(),
                        request.level(), List.copyOf(reasons), maskedComment, channel, now, followUp);
            });
        } catch (DuplicateKeyException e) {
            // Another instance's rating committed between our check and our insert: the unique key decided.
            return repeated(ticket.id(), request.level(), reasonList, maskedComment, channel, maskedContact)
                    .orElseThrow(() -> alreadyRated(ticket));
        }
    }

    /** The rating of a ticket, without the contact, if it was rated. */
    public Optional<RatingView> find(String ticketId) {
        return jdbc.sql("""
                SELECT r.ticket_id, r.hall_code, r.service_code, r.window_number, r.level, r.reasons, r.comment,
                    r.channel, r.rated_at, f.tracking_number
                FROM rating r LEFT JOIN follow_up f ON f.rating_id = r.id WHERE r.ticket_id = ?""")
                .param(ticketId)
                .query((rs, n) -> new RatingView(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getInt(5),
                        rs.getString(6).isEmpty() ? List.of() : List.of(rs.getString(6).split(",")), rs.getString(7),
                        rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10)))
                .optional();
    }

    /** The ticket's rating if it is exactly this one: then a request sent twice gets the same answer. */
    private Optional<RatingView> repeated(String ticketId, int level, String reasons, @Nullable String comment,
            String channel, @Nullable String contact) {
        boolean same = jdbc.sql("""
                SELECT COUNT(*) FROM rating WHERE ticket_id = ? AND level = ? AND reasons = ? AND comment <=> ?
                    AND channel = ? AND contact <=> ?""")
                .params(ticketId, level, reasons, comment, channel, contact).query(Long.class).single() > 0;
        return same ? find(ticketId) : Optional.empty();
    }

    private boolean exists(String ticketId) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE ticket_id = ?").param(ticketId).query(Long.class).single() > 0;
    }

    /**
     * The ticket as a rating needs it, read from the ticket table: the ticket module's UI offers the
     * rating, so this module does not call the ticket module's services.
     */
    private record Visit(String id, String hall, String service, LocalDate serviceDay, String number, String status,
            @Nullable Instant endedAt, @Nullable Long windowId, @Nullable Integer windowNumber) {
    }

    private Visit visit(String ticketId) {
        if (ticketId == null || !ticketId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw unknownTicket(ticketId);
        }
        return jdbc.sql("""
                SELECT t.public_id, t.hall_code, t.service_code, t.service_day, t.number, t.status, t.ended_at,
                    t.window_id, w.number
                FROM ticket t LEFT JOIN service_window w ON w.id = t.window_id WHERE t.public_id = ?""")
                .param(ticketId)
                .query((rs, n) -> new Visit(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        (Long) rs.getObject(8, Long.class), (Integer) rs.getObject(9, Integer.class)))
                .optional()
                .orElseThrow(() -> unknownTicket(ticketId));
    }

    private static QueueException unknownTicket(@Nullable String ticketId) {
        return QueueException.notFound("unknown-ticket", "There is no ticket " + ticketId + ".");
    }

    private static QueueException alreadyRated(Visit ticket) {
        return QueueException.conflict("already-rated", "Ticket " + ticket.number() + " has already been rated.");
    }

    private static QueueException invalid(String detail) {
        return QueueException.badRequest("invalid-rating", detail);
    }
}
