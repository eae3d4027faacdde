package org.openhall.client;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Problem;
import tools.jackson.core.JacksonException;

/** Turns an error response into a {@link Problem}, whether or not the server sent one. */
final class Problems {

    private static final int MAX_DETAIL_LENGTH = 500;

    private Problems() {
    }

    static Problem from(int status, HttpHeaders headers, byte[] body) {
        boolean json = headers.firstValue("Content-Type").map(type -> type.toLowerCase().contains("json")).orElse(false);
        if (json) {
            try {
                Problem sent = QueueJson.MAPPER.readValue(body, Problem.class);
                if (sent.type() != null || sent.title() != null || sent.detail() != null) {
                    return new Problem(sent.type(), sent.title(), sent.status() > 0 ? sent.status() : status,
                            sent.detail(), sent.code() != null ? sent.code() : codeOf(sent.type()));
                }
            } catch (JacksonException notAProblem) {
                // Falls through: a proxy or an older server answered with JSON of another shape.
            }
        }
        return new Problem(null, "HTTP " + status, status, detail(body), null);
    }

    /** The last path segment of a problem type URI ({@code …/problems/quota-reached} → {@code quota-reached}). */
    static @Nullable String codeOf(@Nullable String type) {
        if (type == null) {
            return null;
        }
        try {
            String path = URI.create(type).getPath();
            if (path == null) {
                return null; // opaque, e.g. about:blank, names no specific error
            }
            String trimmed = path.replaceAll("/+$", "");
            String code = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            return code.isEmpty() ? null : code;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static @Nullable String detail(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX_DETAIL_LENGTH ? text : text.substring(0, MAX_DETAIL_LENGTH) + "…";
    }
}
