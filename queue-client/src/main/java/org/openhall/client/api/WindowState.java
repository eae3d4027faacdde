package org.openhall.client.api;

/** Whether a window takes visitors. */
public enum WindowState {
    OPEN, PAUSED, CLOSED
}
