package org.openhall.client.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The current state of a hall, consistent with the event log up to {@code lastEventId}: a client
 * that then streams events after that id misses nothing and sees nothing twice.
 *
 * @param calls   tickets held at a window (called or being served), newest call first
 * @param recent  the last calls of the service day, newest first, at most 20
 * @param waiting per service: how many wait, the longest wait and an estimate for a new ticket
 */
public record HallSnapshot(String hall, long lastEventId, Instant at, List<TicketView> calls,
        List<TicketView> recent, List<ServiceQueue> waiting, List<WindowView> windows) {

    /** The queue of one service. */
    public record ServiceQueue(String service, String prefix, LocalizedText name, int waiting,
            @Nullable Duration longestWait, @Nullable Duration estimatedWait) {
    }
}
