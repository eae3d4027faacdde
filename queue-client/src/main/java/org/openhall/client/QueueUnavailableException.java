package org.openhall.client;

/** queue-service did not answer in time (refused, timed out, or the connection broke). */
public class QueueUnavailableException extends RuntimeException {

    public QueueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
