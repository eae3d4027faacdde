package org.openhall.queue.problem;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How often each address used what anybody may use without a token or sign-in, this calendar
 * minute: the public API ({@link PublicRateLimitFilter}) and the public pages that write (the web
 * complaint form). Per instance, in memory.
 */
@Component
public class PublicRateLimits {

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimits.class);

    /** Reads (status pages, tracking) and writes (feedback, ratings, sign-in checks) count apart. */
    public enum Kind {
        READ, WRITE
    }

    private final RateLimitProperties limits;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimits(RateLimitProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** The requests one address made in one minute. */
    private record Window(long minute, int count) {
    }

    /**
     * Counts one request of the address; 0 when it is within the limit, else the seconds until the
     * next minute, when it may try again. Always 0 while the limits are off.
     */
    public long take(Kind kind, String address) {
        if (!limits.enabled()) {
            return 0;
        }
        int limit = kind == Kind.WRITE ? limits.writesPerMinute() : limits.readsPerMinute();
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.merge(kind + " " + address, new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        if (window.count() <= limit) {
            return 0;
        }
        if (window.count() == limit + 1) {
            log.warn("Rate limit: {} public {}s from {} this minute", limit, kind, address);
        }
        return 60 - (now / 1000) % 60;
    }
}
