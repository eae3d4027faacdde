package org.openhall.client.api;

/** How a ticket was obtained. */
public enum Channel {
    /** Taken at a kiosk without prior application. */
    WALK_IN,
    /** Checked in with the QR code of an online pre-application. */
    PRE_APPLICATION,
    /** Checked in for a booked appointment. */
    APPOINTMENT,
    /** Issued by staff at a window or the reception desk. */
    STAFF
}
