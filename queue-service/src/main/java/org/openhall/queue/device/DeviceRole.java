package org.openhall.queue.device;

/** What a registered device may do with its token. */
public enum DeviceRole {
    /** A kiosk: reads the catalog, issues tickets, checks visitors in, takes feedback, reports itself. */
    KIOSK,
    /** A board: reads the hall's snapshot, event stream, windows and statistics, reports itself. */
    BOARD
}
