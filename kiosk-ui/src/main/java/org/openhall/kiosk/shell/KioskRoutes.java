package org.openhall.kiosk.shell;

/**
 * The kiosk's routes. Screens navigate by these names rather than by view class, so that features do
 * not depend on each other's screens.
 */
public final class KioskRoutes {

    /** The home (attract) screen. */
    public static final String HOME = "";

    /** Choosing a service to take a ticket for. */
    public static final String TAKE = "take";

    /** An issued ticket; takes the ticket's id as its parameter. */
    public static final String TICKET = "ticket";

    /** Browsing the service guide. */
    public static final String GUIDE = "guide";

    /** Checking in with a pre-application or appointment QR code. */
    public static final String SCAN = "scan";

    /** Checking in with a resident ID number. */
    public static final String ID = "id";

    /** Where one's ticket stands; takes the ticket's id as an optional parameter. */
    public static final String MY_TICKET = "my-ticket";

    /** A complaint or a suggestion. */
    public static final String FEEDBACK = "feedback";

    /** Rating a completed visit; takes the ticket's id as an optional parameter. */
    public static final String RATE = "rate";

    /** Asking staff a question about a service, then following the answer. */
    public static final String ASK = "ask";

    private KioskRoutes() {
    }
}
