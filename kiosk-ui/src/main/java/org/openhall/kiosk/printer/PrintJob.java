package org.openhall.kiosk.printer;

import java.time.ZoneId;
import java.util.Locale;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.TicketView;

/**
 * One ticket slip to print.
 *
 * @param ticket   the ticket as queue-service issued it
 * @param hallName the hall's name, printed at the top
 * @param zone     the hall's time zone, in which the issue time is printed
 * @param language the visitor's language, printed first; the other language follows in smaller type
 */
public record PrintJob(TicketView ticket, LocalizedText hallName, ZoneId zone, Locale language) implements SlipJob {

    @Override
    public String describe() {
        return "ticket " + ticket.number() + " (" + ticket.id() + ")";
    }

    /** {@code <number>-<id>}. */
    @Override
    public String fileStem() {
        return SlipJob.safe(ticket.number()) + "-" + SlipJob.safe(ticket.id());
    }
}
