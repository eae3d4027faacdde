package org.openhall.kiosk.hall;

/** queue-service answered but knows no hall with the code this kiosk is configured for. */
public class HallNotFoundException extends RuntimeException {

    public HallNotFoundException(String hall) {
        super("queue-service knows no hall '" + hall + "'; check openhall.hall");
    }
}
