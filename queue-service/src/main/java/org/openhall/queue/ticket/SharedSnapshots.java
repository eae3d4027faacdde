package org.openhall.queue.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallSnapshot;
import org.springframework.stereotype.Service;

/**
 * The hall's snapshot shared by readers that can live with one a few seconds old, such as the public
 * page open on hundreds of phones: at most one read of a hall per {@code maxAge}, and while one
 * reader takes it the others for that hall wait for it instead of reading too. Only for halls the
 * catalog knows: each hall asked for keeps its last snapshot.
 */
@Service
public class SharedSnapshots {

    private final HallSnapshots snapshots;
    private final Clock clock;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    SharedSnapshots(HallSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** The hall's last snapshot if it is younger than {@code maxAge}, otherwise a new one. */
    public HallSnapshot snapshot(String hall, Duration maxAge) {
        Slot slot = slots.computeIfAbsent(hall, code -> new Slot());
        HallSnapshot last = slot.youngerThan(maxAge, clock.instant());
        if (last != null) {
            return last;
        }
        synchronized (slot) {
            last = slot.youngerThan(maxAge, clock.instant());
            if (last != null) {
                return last;
            }
            HallSnapshot taken = snapshots.snapshot(hall);
            slot.last = taken;
            return taken;
        }
    }

    private static final class Slot {

        volatile @Nullable HallSnapshot last;

        @Nullable HallSnapshot youngerThan(Duration maxAge, Instant now) {
            HallSnapshot snapshot = last;
            // A snapshot from the future (the clock was set back) is never reused.
            return snapshot != null && !now.isBefore(snapshot.at())
                    && Duration.between(snapshot.at(), now).compareTo(maxAge) < 0 ? snapshot : null;
        }
    }
}
