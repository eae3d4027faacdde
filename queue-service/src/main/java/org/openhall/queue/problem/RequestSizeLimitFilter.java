package org.openhall.queue.problem;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openhall.queue.QueueProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above {@code openhall.queue.max-request-bytes} with a 413 problem
 * before anything reads them. Bodies sent without a length (chunked) are refused too: no client of
 * this API needs them.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;

    RequestSizeLimitFilter(QueueProperties properties) {
        this.maxBytes = properties.maxRequestBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > maxBytes || chunked) {
            ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                    "The request body is larger than " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}
