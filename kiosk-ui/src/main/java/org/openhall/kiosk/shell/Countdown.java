package org.openhall.kiosk.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Time left until a screen gives up on its visitor, by the injected clock. */
public final class Countdown {

    private final Clock clock;
    private final Duration length;
    private Instant deadline;

    public Countdown(Clock clock, Duration length) {
        this.clock = clock;
        this.length = length;
        this.deadline = clock.instant().plus(length);
    }

    /** Starts counting the full length again from now (the visitor did something). */
    public void restart() {
        deadline = clock.instant().plus(length);
    }

    /** Whole seconds left, rounded up, never negative: what a visitor reads. */
    public long secondsLeft() {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public boolean expired() {
        return !clock.instant().isBefore(deadline);
    }
}
