/**
 * Reading codes a visitor shows the kiosk: check-in QR codes, ticket QR codes and the PDF417 barcode
 * on an ID card, whether they arrive from the camera, a keyboard-wedge scanner, a serial scanner or
 * the screen. Every payload goes through {@link org.openhall.kiosk.scan.PayloadParser} before
 * {@link org.openhall.kiosk.scan.CodeScans} hands it to the screens; an invalid payload never
 * reaches them.
 */
@NullMarked
package org.openhall.kiosk.scan;

import org.jspecify.annotations.NullMarked;
