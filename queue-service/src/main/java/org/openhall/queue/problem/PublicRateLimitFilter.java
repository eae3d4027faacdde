package org.openhall.queue.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one address may use the endpoints open to everybody: a ticket's status (page
 * and API), feedback and its tracking, ratings, consultations, and the sign-in check. Over the limit a request gets
 * {@code 429} with {@code Retry-After} and changes nothing. Requests carrying a device token are
 * not counted here (the token is checked, and a wrong one refused, by security right after). The
 * counts are {@link PublicRateLimits}', which public pages share.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final Pattern READS = Pattern.compile(
            "/api/tickets/[^/]+|/api/feedback/[^/]+|/t/[^/]+|/api/consultations/[^/]+");
    private static final Pattern WRITES = Pattern.compile(
            "/api/halls/[^/]+/feedback|/api/tickets/[^/]+/rating|/api/staff/sign-in|/api/halls/[^/]+/consultations"
                    + "|/api/consultations/[^/]+/(messages|close)");

    private final RateLimitProperties limits;
    private final PublicRateLimits counts;

    PublicRateLimitFilter(RateLimitProperties limits, PublicRateLimits counts) {
        this.limits = limits;
        this.counts = counts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!limits.enabled()) {
            return true;
        }
        String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PublicRateLimits.Kind kind = kind(request);
        if (kind != null) {
            long retryAfter = counts.take(kind, request.getRemoteAddr());
            if (retryAfter > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "Too many requests from your address. Please wait a minute and try again.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static PublicRateLimits.@Nullable Kind kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && READS.matcher(path).matches()) {
            return PublicRateLimits.Kind.READ;
        }
        if ("POST".equals(request.getMethod()) && WRITES.matcher(path).matches()) {
            return PublicRateLimits.Kind.WRITE;
        }
        return null;
    }
}
