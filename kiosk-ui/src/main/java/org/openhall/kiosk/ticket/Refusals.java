package org.openhall.kiosk.ticket;

import java.util.Set;
import org.openhall.client.QueueApiException;

/**
 * The refusals a visitor can get when taking a ticket, by queue-service's stable error code. Each known
 * code has a sentence in the translations under {@code refusal.<code>}; any other code gets the
 * generic sentence with the service's own detail.
 */
public final class Refusals {

    /** The codes with a sentence of their own. */
    public static final Set<String> KNOWN = Set.of(
            "hall-closed", "quota-reached", "unknown-service", "duplicate-ticket", "unknown-hall");

    /** The translation key of the generic sentence; takes the server's detail as its parameter. */
    public static final String GENERIC = "refusal.generic";

    private Refusals() {
    }

    /** The translation key of the sentence for {@code refusal}, or {@link #GENERIC} for a code without one. */
    public static String keyOf(QueueApiException refusal) {
        return KNOWN.contains(refusal.code()) ? "refusal." + refusal.code() : GENERIC;
    }
}
