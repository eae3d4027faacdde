package org.openhall.queue.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one address may use the endpoints open to everybody: a ticket's status (page
 * and API), feedback and its tracking, ratings, and the sign-in check. Over the limit a request gets
 * {@code 429} with {@code Retry-After} and changes nothing. Requests carrying a device token are
 * not counted here (the token is checked, and a wrong one refused, by security right after). Counts
 * are per instance and per calendar minute, kept in memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimitFilter.class);
    private static final Pattern READS = Pattern.compile(
            "/api/tickets/[^/]+|/api/feedback/[^/]+|/t/[^/]+");
    private static final Pattern WRITES = Pattern.compile(
            "/api/halls/[^/]+/feedback|/api/tickets/[^/]+/rating|/api/staff/sign-in");

    private final RateLimitProperties limits;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimitFilter(RateLimitProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** The requests one address made in one minute. */
    private record Window(long minute, int count) {
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
        String kind = kind(request);
        if (kind != null) {
            int limit = kind.equals("write") ? limits.writesPerMinute() : limits.readsPerMinute();
            long now = clock.millis();
            long minute = now / 60_000;
            Window window = windows.merge(kind + " " + request.getRemoteAddr(), new Window(minute, 1),
                    (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
            if (window.count() > limit) {
                if (window.count() == limit + 1) {
                    log.warn("Rate limit: {} public {}s from {} this minute", limit, kind, request.getRemoteAddr());
                }
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(60 - (now / 1000) % 60));
                ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "Too many requests from your address. Please wait a minute and try again.");
                return;
            }
            if (windows.size() > 100_000) {
                windows.values().removeIf(w -> w.minute() < minute);
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && READS.matcher(path).matches()) {
            return "read";
        }
        if ("POST".equals(request.getMethod()) && WRITES.matcher(path).matches()) {
            return "write";
        }
        return null;
    }
}
