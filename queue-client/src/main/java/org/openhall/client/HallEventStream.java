package org.openhall.client;

import java.util.function.Consumer;
import org.openhall.client.api.HallEvent;

/**
 * A live subscription to a hall's event log. Implementations resume after a dropped connection with
 * {@code Last-Event-ID}, back off between attempts, and never deliver an event twice or out of
 * order to the listener.
 */
public interface HallEventStream {

    /**
     * Starts streaming the hall's events after {@code lastEventId} (0 for everything the log keeps).
     * Returns at once; events arrive on a background thread.
     */
    Subscription subscribe(String hall, long lastEventId, Listener listener);

    /** What a subscriber hears. */
    interface Listener extends Consumer<HallEvent> {

        /** The stream is (again) connected. */
        default void connected() {
        }

        /** The stream lost queue-service; it keeps retrying until closed. */
        default void disconnected(Throwable cause) {
        }
    }

    /** An open subscription; closing it stops retrying. */
    interface Subscription extends AutoCloseable {

        /** The id of the last event delivered, or the starting id. */
        long lastEventId();

        boolean isConnected();

        @Override
        void close();
    }
}
