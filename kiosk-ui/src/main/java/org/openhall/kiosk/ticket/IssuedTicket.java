package org.openhall.kiosk.ticket;

import org.openhall.client.api.TicketView;
import org.openhall.kiosk.printer.PrintResult;

/**
 * A ticket queue-service issued to the visitor, and how printing its slip went. The ticket is valid
 * whatever the print result.
 */
public record IssuedTicket(TicketView ticket, PrintResult print) {
}
