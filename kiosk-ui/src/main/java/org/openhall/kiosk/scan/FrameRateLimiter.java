package org.openhall.kiosk.scan;

import java.time.Clock;
import java.time.Duration;

/**
 * Lets at most {@code framesPerSecond} camera frames through, evenly spaced: a frame is taken only
 * when at least {@code 1 / framesPerSecond} has passed since the last one taken. Thread-safe.
 */
public final class FrameRateLimiter {

    private final Clock clock;
    private final long intervalNanos;
    private long lastNanos;
    private boolean any;

    public FrameRateLimiter(double framesPerSecond, Clock clock) {
        if (!(framesPerSecond > 0) || framesPerSecond > 60) {
            throw new IllegalArgumentException("framesPerSecond must be in (0, 60] but was " + framesPerSecond);
        }
        this.clock = clock;
        this.intervalNanos = (long) (1_000_000_000L / framesPerSecond);
    }

    /** Whether a frame arriving now may be decoded; if so, it counts as taken. */
    public synchronized boolean tryAcquire() {
        var now = clock.instant();
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        if (any && nanos - lastNanos < intervalNanos) {
            return false;
        }
        lastNanos = nanos;
        any = true;
        return true;
    }

    /** The shortest time between two frames taken. */
    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }
}
