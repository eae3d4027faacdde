package org.openhall.queue.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openhall.queue.QueueProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses API request bodies above {@code openhall.queue.max-request-bytes} with a 413 problem
 * before anything reads them. Bodies sent without a length (chunked) are refused too: no client of
 * this API needs them.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;
    private final JsonMapper json = JsonMapper.builder().build();

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
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", Problems.TYPE_BASE + "request-too-large");
            problem.put("title", "Request too large");
            problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
            problem.put("detail", "The request body is larger than " + maxBytes + " bytes.");
            problem.put("instance", request.getRequestURI());
            problem.put("code", "request-too-large");
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return;
        }
        chain.doFilter(request, response);
    }
}
