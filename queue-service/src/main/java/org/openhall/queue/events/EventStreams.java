package org.openhall.queue.events;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.openhall.queue.QueueProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves hall event logs as server-sent event streams. Per hall, one reader thread refreshes a
 * {@link HallChannel} when this instance commits an event and, for events other instances wrote,
 * every poll interval; each connected client has its own virtual thread that sends what it has not
 * seen yet, in id order, exactly once.
 */
@Component
public class EventStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);
    private static final Object WAKE = new Object();

    private final EventLog eventLog;
    private final JsonMapper json;
    private final Duration pollInterval;
    private final Duration heartbeat;
    private final Map<String, HallChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, BlockingQueue<Object>> wakeups = new ConcurrentHashMap<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    /** Streams that may only go on while their caller is still allowed (a device whose token may be revoked). */
    private final Map<Thread, BooleanSupplier> guards = new ConcurrentHashMap<>();
    private volatile boolean running;

    EventStreams(EventLog eventLog, JsonMapper json, EventSignal signal, QueueProperties properties) {
        this.eventLog = eventLog;
        this.json = json;
        this.pollInterval = properties.eventPollInterval();
        this.heartbeat = properties.eventHeartbeat();
        signal.listen("event-streams", this::wake);
    }

    /**
     * Opens a stream of the hall's events after {@code lastEventId}; with no id, the stream starts
     * at the newest event (a client takes the snapshot first, then streams from its id).
     */
    public SseEmitter open(String hall, @Nullable Long lastEventId) {
        return open(hall, lastEventId, null);
    }

    /**
     * Opens a stream that ends as soon as {@code allowed} says no: checked at every keep-alive and
     * whenever {@link #recheckGuards()} is called (a device's token revoked).
     */
    public SseEmitter open(String hall, @Nullable Long lastEventId, @Nullable BooleanSupplier allowed) {
        HallChannel channel = channel(hall);
        long start = lastEventId == null ? channel.head() : Math.min(Math.max(0, lastEventId), Math.max(channel.head(),
                eventLog.lastId(hall)));
        SseEmitter emitter = new SseEmitter(0L);
        Thread sender = Thread.ofVirtual().name("sse-" + hall).unstarted(() -> send(channel, emitter, start));
        emitter.onCompletion(sender::interrupt);
        emitter.onTimeout(sender::interrupt);
        emitter.onError(e -> sender.interrupt());
        threads.add(sender);
        if (allowed != null) {
            guards.put(sender, allowed);
        }
        sender.start();
        return emitter;
    }

    /** How many clients are connected right now (for metrics and tests). */
    public int connectedClients() {
        return (int) threads.stream().filter(t -> t.getName().startsWith("sse-")).count();
    }

    private void send(HallChannel channel, SseEmitter emitter, long start) {
        long last = start;
        try {
            emitter.send(SseEmitter.event().comment("stream of hall " + channel.hall() + " after " + start));
            while (running && !Thread.currentThread().isInterrupted()) {
                List<HallEvent> events = channel.after(last);
                if (events.isEmpty()) {
                    if (!channel.awaitAfter(last, heartbeat)) {
                        BooleanSupplier allowed = guards.get(Thread.currentThread());
                        if (allowed != null && !allowed.getAsBoolean()) {
                            break;
                        }
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                    }
                    continue;
                }
                for (HallEvent event : events) {
                    emitter.send(SseEmitter.event().id(Long.toString(event.id())).name(event.type())
                            .data(json.writeValueAsString(event), MediaType.APPLICATION_JSON));
                    last = event.id();
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException e) {
            log.debug("Event stream of hall {} ended at event {}: {}", channel.hall(), last, e.toString());
        } catch (InterruptedException e) {
            emitter.complete();
        } finally {
            threads.remove(Thread.currentThread());
            guards.remove(Thread.currentThread());
        }
    }

    /** Ends at once every guarded stream whose caller is no longer allowed. */
    public void recheckGuards() {
        guards.forEach((sender, allowed) -> {
            if (!allowed.getAsBoolean()) {
                log.info("Ending event stream {}: its caller is no longer allowed", sender.getName());
                sender.interrupt();
            }
        });
    }

    private HallChannel channel(String hall) {
        return channels.computeIfAbsent(hall, h -> {
            HallChannel channel = new HallChannel(h, eventLog);
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
            wakeups.put(h, queue);
            Thread reader = Thread.ofVirtual().name("events-" + h).unstarted(() -> read(channel, queue));
            threads.add(reader);
            reader.start();
            return channel;
        });
    }

    private void read(HallChannel channel, BlockingQueue<Object> queue) {
        try {
            while (running) {
                queue.poll(pollInterval.toNanos(), TimeUnit.NANOSECONDS);
                try {
                    channel.refresh();
                } catch (RuntimeException e) {
                    log.warn("Could not read the event log of hall {}: {}", channel.hall(), e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            threads.remove(Thread.currentThread());
        }
    }

    private void wake(String hall) {
        BlockingQueue<Object> queue = wakeups.get(hall);
        if (queue != null) {
            queue.offer(WAKE);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
