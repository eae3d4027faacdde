package org.openhall.queue.device;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.openhall.queue.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on the API: a registered device's active token signs
 * the request in as that device; an unknown or revoked token is answered {@code 401} at once (a
 * device must learn that it was cut off, not be treated as anonymous). Requests without a bearer
 * token pass untouched.
 */
public final class DeviceTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DeviceTokenFilter.class);
    private static final String BEARER = "bearer ";

    private final DeviceTokens tokens;
    private final SecurityContextHolderStrategy contexts;

    /** {@code contexts}: the strategy Spring Security's own filters use (Vaadin installs its own). */
    public DeviceTokenFilter(DeviceTokens tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<DeviceToken> device = token.isEmpty() || token.length() > 200 ? Optional.empty()
                : tokens.byToken(token);
        if (device.isEmpty()) {
            log.warn("Refused an unknown device token from {} for {} {}", request.getRemoteAddr(), request.getMethod(),
                    request.getRequestURI());
            refuse(request, response, "invalid-token", "This device token is not known to the hall.");
            return;
        }
        if (device.get().revoked()) {
            log.warn("Refused the revoked token of {} from {}", device.get().name(), request.getRemoteAddr());
            refuse(request, response, "token-revoked",
                    "This device's token was revoked. An admin must register the device again.");
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(new DeviceAuthentication(device.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String code, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, code, detail);
    }
}
