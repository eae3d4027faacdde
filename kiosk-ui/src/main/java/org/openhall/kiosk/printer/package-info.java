/**
 * Printing the visitor's slips: the queue ticket, and the receipt of a complaint or suggestion with
 * its tracking number ({@link org.openhall.kiosk.printer.SlipJob}). {@link org.openhall.kiosk.printer.TicketPrinter} is the seam
 * between the kiosk and its printer, chosen by {@code openhall.kiosk.printer}: a real ESC/POS thermal
 * printer on a USB device file, TCP 9100 or a serial port ({@code escpos}), or its simulated twin
 * ({@code simulated}), which prints the very same ESC/POS byte stream onto an image for the screen and
 * for disk so the kiosk runs on any PC. A printer problem is reported as a result, never thrown,
 * because a ticket that fails to print is still issued; the printer's status (paper end, paper near
 * end, cover open) is kept for the kiosk's health.
 */
@NullMarked
package org.openhall.kiosk.printer;

import org.jspecify.annotations.NullMarked;
