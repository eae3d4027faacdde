/**
 * Checking in: with a pre-application or appointment QR code, or with a resident ID number typed on a
 * keypad or read from the ID card's barcode; shows what was found before a ticket is issued, and offers a
 * walk-in ticket when check-in is not possible.
 */
@NullMarked
package org.openhall.kiosk.checkin;

import org.jspecify.annotations.NullMarked;
