package org.openhall.kiosk.ticket;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One visitor's attempt to get a ticket, and the idempotency key that goes with it. The key is made
 * once per attempt: every send of the same request (an automatic retry, or the visitor tapping the
 * same service again after the kiosk said it got no answer) carries it, so queue-service returns the
 * ticket it may already have issued instead of a second one. The attempt ends when the visitor gets a
 * ticket or a refusal, or picks another service. Not thread-safe: it belongs to one screen.
 */
public final class TicketRequest {

    private @Nullable String service;
    private @Nullable String idempotencyKey;

    /** The idempotency key for a request for {@code service}: the attempt's key, or a new one for a new attempt. */
    public String keyFor(String service) {
        if (!service.equals(this.service) || idempotencyKey == null) {
            this.service = service;
            this.idempotencyKey = UUID.randomUUID().toString();
        }
        return idempotencyKey;
    }

    /** The attempt has a definite outcome (a ticket or a refusal); the next request is a new attempt. */
    public void settled() {
        service = null;
        idempotencyKey = null;
    }
}
