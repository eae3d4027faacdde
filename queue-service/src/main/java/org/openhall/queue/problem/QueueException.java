package org.openhall.queue.problem;

import org.springframework.http.HttpStatus;

/**
 * A request the hall refuses, with a stable code that clients switch on (the last segment of the
 * problem type, e.g. {@code quota-reached}) and a plain sentence for people.
 */
public class QueueException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public QueueException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public static QueueException notFound(String code, String detail) {
        return new QueueException(HttpStatus.NOT_FOUND, code, detail);
    }

    public static QueueException conflict(String code, String detail) {
        return new QueueException(HttpStatus.CONFLICT, code, detail);
    }

    public static QueueException badRequest(String code, String detail) {
        return new QueueException(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static QueueException unprocessable(String code, String detail) {
        return new QueueException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
