package org.openhall.client.api;

/** How a kiosk or board is doing, as it reports itself. */
public enum DeviceState {
    /** Everything works. */
    READY,
    /** It works in part: a kiosk whose printer failed still issues tickets and shows them on screen. */
    DEGRADED,
    /** It cannot serve visitors. */
    OUT_OF_SERVICE
}
