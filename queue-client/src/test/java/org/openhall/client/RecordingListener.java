package org.openhall.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.openhall.client.api.HallEvent;

/** Remembers what a subscription told it. */
class RecordingListener implements HallEventStream.Listener {

    final List<HallEvent> events = new CopyOnWriteArrayList<>();
    final List<Throwable> disconnections = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();

    @Override
    public void accept(HallEvent event) {
        events.add(event);
    }

    @Override
    public void connected() {
        connections.incrementAndGet();
    }

    @Override
    public void disconnected(Throwable cause) {
        disconnections.add(cause);
    }

    List<Long> ids() {
        return events.stream().map(HallEvent::id).toList();
    }
}
