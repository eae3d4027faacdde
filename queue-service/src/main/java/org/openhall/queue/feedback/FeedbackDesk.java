package org.openhall.queue.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records complaints and suggestions and finds them by tracking number. A tracking number is
 * {@code FK-} + the hall's service day ({@code yyyyMMdd}) + a 4-digit sequence of that day (growing
 * past 9999), unique across the installation. A complaint opens its {@link FollowUps follow-up} in
 * the same transaction.
 */
@Service
public class FeedbackDesk {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDesk.class);
    static final Set<String> KINDS = Set.of("COMPLAINT", "SUGGESTION");
    static final Set<String> CATEGORIES = Set.of("ATTITUDE", "EFFICIENCY", "ENVIRONMENT", "PROCESS", "OTHER");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final HallCatalog catalog;
    private final HallTransactions transactions;
    private final Clock clock;
    private final FollowUps followUps;

    FeedbackDesk(JdbcClient jdbc, HallCatalog catalog, HallTransactions transactions, Clock clock,
            FollowUps followUps) {
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records the feedback, with any resident ID number in its text or contact masked, and returns it
     * with its tracking number. Refuses with 400
     * {@code invalid-feedback} an unknown kind or category, a text not 1 to 1000 characters once
     * stripped, a contact over 100 characters or a malformed ticket id; 404 an unknown hall.
     */
    public FeedbackView submit(String hall, @Nullable FeedbackRequest request) {
        if (request == null) {
            throw invalid("Say what the feedback is.");
        }
        String kind = upper(request.kind());
        if (!KINDS.contains(kind)) {
            throw invalid("kind is COMPLAINT or SUGGESTION.");
        }
        String category = upper(request.category());
        if (!CATEGORIES.contains(category)) {
            throw invalid("category is ATTITUDE, EFFICIENCY, ENVIRONMENT, PROCESS or OTHER.");
        }
        String text = request.text() == null ? "" : request.text().strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > 1000) {
            throw invalid("The text is 1 to 1000 characters.");
        }
        String contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
        if (contact != null && contact.length() > 100) {
            throw invalid("A contact is at most 100 characters.");
        }
        String ticket = request.ticket() == null || request.ticket().isBlank() ? null : request.ticket().strip();
        if (ticket != null && !ticket.matches("[A-Za-z0-9_-]{1,32}")) {
            throw invalid("ticket is a ticket id.");
        }
        // A visitor may write their ID number into a complaint: it is kept masked, like everywhere else.
        String maskedText = IdNumbers.maskIn(text);
        String maskedContact = contact == null ? null : IdNumbers.maskIn(contact);
        var theHall = catalog.hall(hall);
        return transactions.write(hall, () -> {
            Instant now = clock.instant();
            LocalDate day = theHall.serviceDayAt(now);
            jdbc.sql("""
                    INSERT INTO feedback_counter (day, last_value) VALUES (?, 1)
                    ON DUPLICATE KEY UPDATE last_value = last_value + 1""").param(day).update();
            int sequence = jdbc.sql("SELECT last_value FROM feedback_counter WHERE day = ?").param(day)
                    .query(Integer.class).single();
            String trackingNumber = "FK-" + DAY.format(day) + "-" + String.format("%04d", sequence);
            jdbc.sql("""
                    INSERT INTO feedback (tracking_number, hall_code, kind, category, text, contact, ticket_ref, status,
                        submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)""")
                    .params(trackingNumber, hall, kind, category, maskedText, maskedContact, ticket, Timestamp.from(now))
                    .update();
            log.info("Recorded {} {} ({}) in hall {}", kind.toLowerCase(), trackingNumber, category, hall);
            if (kind.equals("COMPLAINT")) {
                long id = jdbc.sql("SELECT id FROM feedback WHERE tracking_number = ?").param(trackingNumber)
                        .query(Long.class).single();
                followUps.openForComplaint(hall, id);
            }
            return new FeedbackView(trackingNumber, hall, kind, category, "RECEIVED", now, null);
        });
    }

    /**
     * The feedback with that tracking number, without its contact; 404 {@code unknown-feedback} when
     * there is none. A bad review's follow-up number ({@code FU-…}) reads the same way: see
     * {@link FollowUps#visitorView}.
     */
    public FeedbackView find(String trackingNumber) {
        if (trackingNumber != null && trackingNumber.matches("FU-[0-9]{8}-[0-9]{4,9}")) {
            try {
                return followUps.visitorView(trackingNumber);
            } catch (QueueException e) {
                throw unknown(trackingNumber);
            }
        }
        if (trackingNumber == null || !trackingNumber.matches("FK-[0-9]{8}-[0-9]{4,9}")) {
            throw unknown(trackingNumber);
        }
        return jdbc.sql("SELECT tracking_number, hall_code, kind, category, status, submitted_at, answer FROM feedback"
                        + " WHERE tracking_number = ?")
                .param(trackingNumber)
                .query((rs, n) -> new FeedbackView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .optional()
                .orElseThrow(() -> unknown(trackingNumber));
    }

    private static String upper(@Nullable String text) {
        return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static QueueException invalid(String detail) {
        return QueueException.badRequest("invalid-feedback", detail);
    }

    private static QueueException unknown(@Nullable String trackingNumber) {
        return QueueException.notFound("unknown-feedback", "There is no feedback " + trackingNumber + ".");
    }
}
