package org.openhall.kiosk.scan;

/** A scanned payload that {@link PayloadParser} refuses: the only exception the parser throws. */
public class InvalidPayloadException extends IllegalArgumentException {

    public InvalidPayloadException(String reason) {
        super(reason);
    }
}
