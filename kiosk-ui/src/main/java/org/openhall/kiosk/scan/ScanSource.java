package org.openhall.kiosk.scan;

/** Where a scanned code came from. */
public enum ScanSource {
    /** The kiosk's camera, decoded on the server. */
    CAMERA,
    /** A USB scanner that types the code like a keyboard. */
    KEYBOARD_WEDGE,
    /** A scanner on a serial port. */
    SERIAL,
    /** Typed or pasted on the screen. */
    SCREEN
}
