package org.openhall.kiosk.ticket;

import java.util.Set;
import org.openhall.client.QueueApiException;
import org.openhall.kiosk.shell.Sentence;

/**
 * The refusals a visitor can get (taking a ticket, checking in, looking up a ticket, giving feedback, rating a visit),
 * by queue-service's stable error code. Each known
 * code has a sentence in the translations under {@code refusal.<code>}; any other code gets the
 * generic sentence with the service's own detail.
 */
public final class Refusals {

    /** The codes with a sentence of their own. */
    public static final Set<String> KNOWN = Set.of(
            "hall-closed", "quota-reached", "unknown-service", "duplicate-ticket", "unknown-hall",
            "invalid-qr", "expired-qr", "wrong-hall", "too-early", "too-late", "already-checked-in",
            "pre-review-rejected", "unknown-check-in", "invalid-id-number", "invalid-feedback", "unknown-ticket",
            "not-completed", "already-rated", "rating-closed", "invalid-rating");

    /** The translation key of the generic sentence; takes the server's detail as its parameter. */
    public static final String GENERIC = "refusal.generic";

    private Refusals() {
    }

    /** The translation key of the sentence for {@code refusal}, or {@link #GENERIC} for a code without one. */
    public static String keyOf(QueueApiException refusal) {
        return KNOWN.contains(refusal.code()) ? "refusal." + refusal.code() : GENERIC;
    }

    /** The plain sentence for {@code refusal}: its own, or the generic one with the service's detail. */
    public static Sentence sentenceOf(QueueApiException refusal) {
        String key = keyOf(refusal);
        if (!key.equals(GENERIC)) {
            return Sentence.problem(key);
        }
        var problem = refusal.problem();
        String detail = problem.detail() != null ? problem.detail()
                : problem.title() != null ? problem.title() : refusal.code();
        return Sentence.problem(key, detail);
    }

    /** The plain sentence for a refusal code that came without an exception (a check-in's {@code refusal}). */
    public static Sentence sentenceOf(String code) {
        return KNOWN.contains(code) ? Sentence.problem("refusal." + code) : Sentence.problem(GENERIC, code);
    }
}
