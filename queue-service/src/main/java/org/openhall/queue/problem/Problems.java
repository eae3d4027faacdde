package org.openhall.queue.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details of the API: type {@code https://openhall.org/problems/<code>}. */
public final class Problems {

    public static final String TYPE_BASE = "https://openhall.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title(code));
        problem.setProperty("code", code);
        return problem;
    }

    /** "quota-reached" becomes "Quota reached". */
    static String title(String code) {
        String words = code.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
