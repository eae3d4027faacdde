package org.openhall.queue.window;

/** Tells whether a window holds a visitor (a ticket called or being served there). */
public interface WindowOccupancy {

    boolean holdsTicket(long windowId);
}
