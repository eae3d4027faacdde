/**
 * Printing the visitor's ticket slip. {@link org.openhall.kiosk.printer.TicketPrinter} is the seam
 * between the kiosk and its printer; the simulated printer, chosen by {@code openhall.kiosk.printer},
 * renders the slip as an image for the screen and for disk so the kiosk runs on any PC. A printer
 * problem is reported as a result, never thrown, because a ticket that fails to print is still issued.
 */
@NullMarked
package org.openhall.kiosk.printer;

import org.jspecify.annotations.NullMarked;
