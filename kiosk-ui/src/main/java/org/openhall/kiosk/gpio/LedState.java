package org.openhall.kiosk.gpio;

/** What the status LED shows. */
public enum LedState {
    /** Steady green: the kiosk takes visitors. */
    READY,
    /** Steady red: queue-service is unreachable, or the kiosk is out of order. */
    OUT_OF_SERVICE,
    /** Blinking green: a ticket is printing. */
    PRINTING
}
