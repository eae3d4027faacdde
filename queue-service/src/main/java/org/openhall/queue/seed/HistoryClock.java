package org.openhall.queue.seed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The service's clock when the demo hall is seeded with a past: it reads the live clock, except on a
 * thread inside {@link #playing}, which reads the played clock instead, for itself only. The override
 * is a {@link ScopedValue}: no other thread (not a request, not a scheduled task, not a thread the
 * player starts) ever sees it, and it ends with the call, also when the call fails.
 */
public final class HistoryClock extends Clock {

    private static final ScopedValue<Clock> PLAYED = ScopedValue.newInstance();

    private final Clock live;

    public HistoryClock(Clock live) {
        this.live = live;
    }

    /** Runs {@code work} on this thread with every {@code HistoryClock} reading {@code played}. */
    static <T> T playing(Clock played, Supplier<T> work) {
        return ScopedValue.where(PLAYED, played).call(work::get);
    }

    /** Whether the calling thread is inside {@link #playing}. */
    static boolean isPlaying() {
        return PLAYED.isBound();
    }

    /** The live clock's instant, whatever this thread plays. */
    Instant liveInstant() {
        return live.instant();
    }

    @Override
    public Instant instant() {
        return PLAYED.isBound() ? PLAYED.get().instant() : live.instant();
    }

    @Override
    public ZoneId getZone() {
        return live.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new HistoryClock(live.withZone(zone));
    }
}
