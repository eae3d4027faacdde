package org.openhall.board.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the feeds run.
 *
 * @param halls        the halls that may have a feed; any other hall is refused
 * @param initialRetry first wait before loading the snapshot again after a failure
 * @param maxRetry     longest wait between two attempts; the wait doubles up to it
 */
public record FeedSettings(Set<String> halls, Duration initialRetry, Duration maxRetry) {

    public FeedSettings {
        halls = Set.copyOf(halls);
        Objects.requireNonNull(initialRetry, "initialRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
        if (initialRetry.isNegative() || initialRetry.isZero() || maxRetry.compareTo(initialRetry) < 0) {
            throw new IllegalArgumentException(
                    "retry delays must be positive with max >= initial, were " + initialRetry + " and " + maxRetry);
        }
    }
}
