package org.openhall.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: each delay doubles up to a maximum, and is drawn from its upper
 * half so that many kiosks dropped at once do not reconnect in step. Not thread-safe.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        requireValid(initial, max);
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    static void requireValid(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " and " + max);
        }
    }

    /** The delay before the next attempt; between half and all of the current step. */
    Duration next() {
        long nanos = next.toNanos();
        long half = nanos / 2;
        Duration delay = Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(nanos - half + 1));
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    /** Starts over from the initial delay, after an attempt succeeded. */
    void reset() {
        next = initial;
    }
}
