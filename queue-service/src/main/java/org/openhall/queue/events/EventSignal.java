package org.openhall.queue.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Tells this instance's event streams that a hall's log grew, right after the commit. */
@Component
class EventSignal {

    private final Map<String, Consumer<String>> listeners = new ConcurrentHashMap<>();

    void committed(String hall) {
        listeners.values().forEach(listener -> listener.accept(hall));
    }

    void listen(String name, Consumer<String> listener) {
        listeners.put(name, listener);
    }
}
