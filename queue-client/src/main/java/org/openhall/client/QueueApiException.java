package org.openhall.client;

import org.openhall.client.api.Problem;

/** queue-service refused a request and said why in a problem detail. */
public class QueueApiException extends RuntimeException {

    private final Problem problem;

    public QueueApiException(Problem problem) {
        super(problem.status() + " " + (problem.detail() != null ? problem.detail() : problem.title()));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** The stable error code (last segment of the problem type), or an empty string. */
    public String code() {
        return problem.code() != null ? problem.code() : "";
    }
}
