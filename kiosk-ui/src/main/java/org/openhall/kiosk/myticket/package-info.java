/**
 * My ticket: a visitor looks up where their ticket stands, by its number or by scanning its QR code.
 */
@NullMarked
package org.openhall.kiosk.myticket;

import org.jspecify.annotations.NullMarked;
