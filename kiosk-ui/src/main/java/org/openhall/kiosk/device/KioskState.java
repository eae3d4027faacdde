package org.openhall.kiosk.device;

/** Whether the kiosk can serve visitors. */
public enum KioskState {
    /** Everything works. */
    READY,
    /** Visitors are served, but a device has a fault (the printer, the GPIO pins): staff should look. */
    DEGRADED,
    /** queue-service is unreachable: no tickets can be issued. */
    OUT_OF_SERVICE
}
