package org.openhall.queue.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The limits on what anybody may call without a token: per address, per minute, reads and writes apart. */
class PublicRateLimitFilterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T01:00:10Z"));
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final RateLimitProperties limits = new RateLimitProperties(true, 3, 2);
    private final PublicRateLimitFilter filter = new PublicRateLimitFilter(limits, new PublicRateLimits(limits, clock));

    @Test
    void anAddressOverTheReadLimitGets429WithRetryAfterUntilTheNextMinute() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "/t/abc", "10.0.0.1", null).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call("GET", "/api/tickets/abc", "10.0.0.1", null);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"too-many-requests\"");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
        assertThat(call("GET", "/api/tickets/abc", "10.0.0.2", null).getStatus()).as("another address").isEqualTo(200);
        assertThat(call("GET", "/api/halls/demo/services", "10.0.0.1", null).getStatus()).as("not limited here")
                .isEqualTo(200);

        now.set(Instant.parse("2026-03-02T01:01:00Z"));
        assertThat(call("GET", "/api/tickets/abc", "10.0.0.1", null).getStatus()).as("a new minute").isEqualTo(200);
    }

    @Test
    void writesHaveTheirOwnSmallerLimitAndDeviceRequestsAreNotCounted() throws Exception {
        assertThat(call("POST", "/api/halls/demo/feedback", "10.0.0.3", null).getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/staff/sign-in", "10.0.0.3", null).getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/tickets/abc/rating", "10.0.0.3", null).getStatus()).isEqualTo(429);
        assertThat(call("GET", "/api/feedback/F1", "10.0.0.3", null).getStatus()).as("reads count apart")
                .isEqualTo(200);
        assertThat(call("POST", "/api/halls/demo/feedback", "10.0.0.3", "Bearer kiosk-token").getStatus())
                .as("a kiosk's feedback, checked by its token instead").isEqualTo(200);
    }

    @Test
    void aRefusedRequestNeverReachesTheApplication() throws Exception {
        for (int i = 0; i < 2; i++) {
            call("POST", "/api/halls/demo/feedback", "10.0.0.4", null);
        }
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("POST", "/api/halls/demo/feedback", "10.0.0.4", null), new MockHttpServletResponse(),
                chain);
        assertThat(chain.getRequest()).as("the chain was not called").isNull();
    }

    private MockHttpServletResponse call(String method, String path, String address, String authorization)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(method, path, address, authorization), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String address, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
