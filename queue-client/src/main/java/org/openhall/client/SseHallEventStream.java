package org.openhall.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * {@link HallEventStream} over Server-Sent Events ({@code GET /api/halls/{hall}/events}). Each
 * subscription runs on its own virtual thread and:
 * <ul>
 * <li>delivers every event exactly once and in id order, as long as queue-service still keeps it:
 * an event whose id is not above the last one delivered (resent after a reconnect) is dropped;</li>
 * <li>always sends {@code Last-Event-ID}, 0 included (which asks for the whole log), and after a
 * dropped or refused connection reconnects with the last id delivered, after an exponential backoff
 * with jitter that starts over after each successful connect;</li>
 * <li>calls {@link Listener#connected()} on each {@code 200} answer, and
 * {@link Listener#disconnected(Throwable)} once per outage: when an open stream ends or the first
 * attempt fails, not again for each failed retry;</li>
 * <li>survives a listener that throws: the error is logged and the event counts as delivered.</li>
 * </ul>
 * Closing a subscription stops it promptly, also mid-request or mid-backoff, and it never reconnects;
 * a callback already running completes. Closing the stream closes all its subscriptions.
 */
public final class SseHallEventStream implements HallEventStream, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SseHallEventStream.class);

    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(250);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);

    private final QueueClientSettings settings;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;
    private final Set<HallSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public SseHallEventStream(QueueClientSettings settings) {
        this(settings, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    /** With a backoff that starts at {@code initialBackoff} and doubles up to {@code maxBackoff}. */
    public SseHallEventStream(QueueClientSettings settings, Duration initialBackoff, Duration maxBackoff) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Backoff.requireValid(initialBackoff, maxBackoff);
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .build();
    }

    @Override
    public Subscription subscribe(String hall, long lastEventId, Listener listener) {
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(listener, "listener");
        if (lastEventId < 0) {
            throw new IllegalArgumentException("lastEventId must be 0 or an event id, was " + lastEventId);
        }
        var subscription = new HallSubscription(hall, lastEventId, listener);
        subscriptions.add(subscription);
        if (closed) { // checked after adding, so that a concurrent close() either sees it or is seen
            subscriptions.remove(subscription);
            throw new IllegalStateException("this event stream is closed");
        }
        subscription.worker.start();
        return subscription;
    }

    /** Closes every subscription, waits briefly for their threads to end, and releases the connections. */
    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(HallSubscription::close);
        for (HallSubscription subscription : subscriptions) {
            subscription.awaitStopped(Duration.ofSeconds(1));
        }
        http.shutdownNow();
        executor.shutdownNow();
    }

    /** One hall's subscription: its worker thread connects, reads, and reconnects until closed. */
    final class HallSubscription implements Subscription, Runnable {

        private final String hall;
        private final Listener listener;
        private final Thread worker;
        private final CountDownLatch stop = new CountDownLatch(1);
        private final Backoff backoff = new Backoff(initialBackoff, maxBackoff);
        private volatile long lastEventId;
        private volatile boolean connected;
        private volatile @Nullable InputStream body;
        private boolean reportedDown;

        HallSubscription(String hall, long lastEventId, Listener listener) {
            this.hall = hall;
            this.lastEventId = lastEventId;
            this.listener = listener;
            this.worker = Thread.ofVirtual().name("openhall-events-" + hall).unstarted(this);
        }

        @Override
        public long lastEventId() {
            return lastEventId;
        }

        @Override
        public boolean isConnected() {
            return connected;
        }

        @Override
        public void close() {
            if (isClosed()) {
                return;
            }
            stop.countDown();
            worker.interrupt();
            closeQuietly(body); // ends the read even if a listener swallowed the interrupt
            connected = false;
        }

        /** Waits up to {@code timeout} for the worker thread to end; true if it has. */
        boolean awaitStopped(Duration timeout) {
            if (Thread.currentThread() == worker) {
                return false; // closed from a callback: the thread ends once the callback returns
            }
            try {
                return worker.join(timeout);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void run() {
            try {
                while (!isClosed()) {
                    Exception cause = stream();
                    if (isClosed()) {
                        return;
                    }
                    connected = false;
                    lost(cause);
                    Duration delay = backoff.next();
                    log.debug("Reconnecting to the events of hall {} in {} ms", hall, delay.toMillis());
                    if (stop.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException interrupted) {
                // Only close() interrupts this thread.
            } finally {
                connected = false;
                subscriptions.remove(this);
                log.debug("Stopped following the events of hall {} at event {}", hall, lastEventId);
            }
        }

        /** One connection, until it ends; returns why it ended. */
        private Exception stream() throws InterruptedException {
            try {
                HttpResponse<InputStream> response = http.send(request(), BodyHandlers.ofInputStream());
                body = response.body();
                try (InputStream stream = response.body()) {
                    if (isClosed()) {
                        return new IOException("closed");
                    }
                    if (response.statusCode() != 200) {
                        return new QueueApiException(
                                Problems.from(response.statusCode(), response.headers(), stream.readNBytes(65536)));
                    }
                    String type = response.headers().firstValue("Content-Type").orElse("text/event-stream");
                    if (!type.toLowerCase().startsWith("text/event-stream")) {
                        return new IOException("expected text/event-stream but got " + type);
                    }
                    opened();
                    var events = new SseReader(stream);
                    for (SseReader.Message message; (message = events.next()) != null; ) {
                        handle(message);
                    }
                    return new EOFException("queue-service ended the event stream");
                }
            } catch (IOException e) {
                return e;
            } finally {
                body = null;
            }
        }

        private HttpRequest request() {
            HttpRequest.Builder request = HttpRequest.newBuilder(settings.apiUri("halls", hall, "events"))
                    .timeout(settings.requestTimeout()) // bounds the wait for headers only, not the stream
                    .header("Accept", "text/event-stream")
                    .header("Cache-Control", "no-cache")
                    .GET();
            // Sent even when 0: without it queue-service starts "from now on", not from the log's start,
            // and events between a snapshot of an empty hall and this request would be lost.
            request.header("Last-Event-ID", Long.toString(lastEventId));
            settings.authorization().ifPresent(value -> request.header("Authorization", value));
            return request.build();
        }

        private void opened() {
            connected = true;
            reportedDown = false;
            backoff.reset();
            log.info("Following the events of hall {} after event {}", hall, lastEventId);
            callListener("connected", listener::connected);
        }

        private void lost(Exception cause) {
            if (reportedDown) {
                log.debug("Still no event stream for hall {}: {}", hall, cause.toString());
                return;
            }
            reportedDown = true;
            log.warn("Lost the event stream of hall {} after event {}: {}", hall, lastEventId, cause.toString());
            callListener("disconnected", () -> listener.disconnected(cause));
        }

        private void handle(SseReader.Message message) {
            HallEvent event;
            try {
                event = QueueJson.MAPPER.readValue(message.data(), HallEvent.class);
            } catch (JacksonException unreadable) {
                log.warn("Skipping unreadable {} event {} of hall {}", message.event(), message.id(), hall,
                        unreadable);
                return;
            }
            if (message.id() != null && !message.id().equals(Long.toString(event.id()))) {
                log.warn("Event {} of hall {} came with SSE id {}; going by the event's own id", event.id(), hall,
                        message.id());
            }
            if (event.id() <= lastEventId) {
                log.debug("Dropping event {} of hall {}: already at {}", event.id(), hall, lastEventId);
                return;
            }
            if (isClosed()) {
                return;
            }
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.error("The listener of hall {} failed on {} event {}; the event counts as delivered", hall,
                        event.type(), event.id(), e);
            }
            lastEventId = event.id();
        }

        private void callListener(String callback, Runnable call) {
            if (isClosed()) {
                return;
            }
            try {
                call.run();
            } catch (RuntimeException e) {
                log.error("The listener of hall {} failed in {}()", hall, callback, e);
            }
        }

        private boolean isClosed() {
            return stop.getCount() == 0;
        }

        private static void closeQuietly(@Nullable InputStream stream) {
            if (stream == null) {
                return;
            }
            try {
                stream.close();
            } catch (IOException e) {
                log.debug("Closing an event stream failed", e);
            }
        }
    }
}
