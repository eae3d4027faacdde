package org.openhall.kiosk.myticket;

/** The QR code printed on a ticket: its status page's address, which ends in {@code /t/<ticket id>}. */
public final class TicketQr {

    private TicketQr() {
    }

    /** The ticket id at the end of a ticket QR code's URL (a trailing slash allowed). */
    public static String ticketId(String url) {
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        int at = path.lastIndexOf("/t/");
        return at < 0 ? path : path.substring(at + 3);
    }
}
