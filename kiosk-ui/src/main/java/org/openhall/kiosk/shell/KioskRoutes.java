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

    private KioskRoutes() {
    }
}
