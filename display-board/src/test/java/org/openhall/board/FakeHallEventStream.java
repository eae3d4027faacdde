package org.openhall.board;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openhall.client.HallEventStream;
import org.openhall.client.api.HallEvent;

/**
 * An in-memory event stream: the test says which events arrive and when the connection drops or
 * comes back. Delivery happens on the calling thread, like a stream's own background thread would.
 */
public class FakeHallEventStream implements HallEventStream {

    private final List<FakeSubscription> subscriptions = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(String hall, long lastEventId, Listener listener) {
        var subscription = new FakeSubscription(hall, lastEventId, listener);
        subscriptions.add(subscription);
        return subscription;
    }

    /** The subscriptions ever made for a hall, open or closed, oldest first. */
    public List<FakeSubscription> subscriptions(String hall) {
        return subscriptions.stream().filter(s -> s.hall.equals(hall)).toList();
    }

    /** Delivers an event to every open subscription of its hall. */
    public void emit(HallEvent event) {
        open(event.hall()).forEach(s -> {
            s.listener.accept(event);
            s.lastEventId = Math.max(s.lastEventId, event.id());
        });
    }

    public void connect(String hall) {
        open(hall).forEach(s -> {
            s.connected = true;
            s.listener.connected();
        });
    }

    public void disconnect(String hall) {
        open(hall).forEach(s -> {
            s.connected = false;
            s.listener.disconnected(new IOException("queue-service ended the event stream"));
        });
    }

    private List<FakeSubscription> open(String hall) {
        return subscriptions(hall).stream().filter(s -> !s.closed).toList();
    }

    /** One subscription, as the test sees it. */
    public static final class FakeSubscription implements Subscription {

        private final String hall;
        private final long startedAfter;
        private final Listener listener;
        private volatile long lastEventId;
        private volatile boolean connected;
        private volatile boolean closed;

        FakeSubscription(String hall, long lastEventId, Listener listener) {
            this.hall = hall;
            this.startedAfter = lastEventId;
            this.lastEventId = lastEventId;
            this.listener = listener;
        }

        /** The {@code lastEventId} the subscriber asked to start after. */
        public long startedAfter() {
            return startedAfter;
        }

        public boolean isClosed() {
            return closed;
        }

        @Override
        public long lastEventId() {
            return lastEventId;
        }

        @Override
        public boolean isConnected() {
            return connected && !closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
