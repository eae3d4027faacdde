package org.openhall.board.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowView;

/**
 * What a hall's boards show at one moment: queue-service's snapshot with every event after it
 * applied. Immutable; a change produces a new state.
 *
 * @param hall        the hall's code
 * @param hallName    the hall's name; empty until queue-service has told it
 * @param zone        the hall's time zone, null until known
 * @param status      whether the state is current (see {@link FeedStatus})
 * @param statusSince when {@code status} last changed
 * @param loaded      whether a snapshot has been loaded at all; before that the lists are empty
 *                    because nothing is known, not because nothing happens
 * @param lastEventId the id of the last event applied (or the snapshot's); events up to it are ignored
 * @param calls       tickets held at a window, at most one per window: the called ones first, newest
 *                    call first, then the ones being served
 * @param recent      the last calls, newest first, each ticket once (a recall moves it to the top)
 * @param waiting     per service, ordered by ticket prefix
 * @param windows     the hall's windows, ordered by number
 */
public record BoardState(String hall, LocalizedText hallName, @Nullable ZoneId zone, FeedStatus status,
        Instant statusSince, boolean loaded, long lastEventId, List<Call> calls, List<Call> recent,
        List<ServiceWaiting> waiting, List<WindowView> windows) {

    public BoardState {
        calls = List.copyOf(calls);
        recent = List.copyOf(recent);
        waiting = List.copyOf(waiting);
        windows = List.copyOf(windows);
    }

    /** A hall's state before anything is known about it. */
    public static BoardState initial(String hall, Instant now) {
        return new BoardState(hall, LocalizedText.of("", ""), null, FeedStatus.CONNECTING, now, false, 0,
                List.of(), List.of(), List.of(), List.of());
    }

    /** True while the state is current: loaded, and events are flowing. */
    public boolean connected() {
        return status == FeedStatus.LIVE;
    }

    /** This state with another connection status; the same state when the status is unchanged. */
    public BoardState withStatus(FeedStatus newStatus, Instant now) {
        if (newStatus == status) {
            return this;
        }
        return new BoardState(hall, hallName, zone, newStatus, now, loaded, lastEventId, calls, recent, waiting,
                windows);
    }

    /** How many tickets wait in the whole hall. */
    public int waitingTotal() {
        return waiting.stream().mapToInt(ServiceWaiting::count).sum();
    }
}
