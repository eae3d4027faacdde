package org.openhall.client.api;

/** The priority class of a ticket, which the call-next policy orders by. */
public enum Priority {
    NORMAL,
    /** A booked appointment checked in within its time window. */
    APPOINTMENT,
    /** Green channel: elderly, disabled, pregnant, military. */
    GREEN_CHANNEL
}
