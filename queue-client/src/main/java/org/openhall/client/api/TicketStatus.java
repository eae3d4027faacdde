package org.openhall.client.api;

/**
 * Where a ticket stands. WAITING and TRANSFERRED tickets are in a queue and can be called;
 * DONE, NO_SHOW and CANCELLED end a visit (a NO_SHOW may be requeued).
 */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED, TRANSFERRED;

    /** True while the ticket waits in a queue to be called. */
    public boolean isWaiting() {
        return this == WAITING || this == TRANSFERRED;
    }

    /** True while a window holds the ticket: called or being served. */
    public boolean isAtWindow() {
        return this == CALLED || this == SERVING;
    }

    /** True once the visit is over (a no-show may still be requeued). */
    public boolean isFinished() {
        return this == DONE || this == NO_SHOW || this == CANCELLED;
    }
}
