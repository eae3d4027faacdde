package org.openhall.board.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.openhall.client.HallEventStream;
import org.openhall.client.QueueApi;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The live state of one hall, shared by every screen of this application instance that shows it:
 * one snapshot and one event subscription, however many browsers watch.
 *
 * <p>Once started, it loads the snapshot and streams the events after it. While queue-service
 * cannot be reached it says so at once ({@link FeedStatus#LOST}) and keeps trying: the snapshot
 * with a doubling wait, the stream on its own with {@code Last-Event-ID}, so that the board
 * catches up on what it missed.
 *
 * <p>Listeners get every new state, one at a time and in order, on the feed's thread; they must
 * return quickly and not block (a Vaadin view hands the state to {@code UI.access}).
 */
public final class HallFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HallFeed.class);

    /** Undoes {@link #addListener}. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    private final String hall;
    private final QueueApi api;
    private final HallEventStream stream;
    private final BoardReducer reducer;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final FeedSettings settings;
    private final List<Consumer<BoardState>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<HallEvent>> eventListeners = new CopyOnWriteArrayList<>();
    // A ReentrantLock rather than synchronized: callbacks run on virtual threads, which a monitor
    // held across a listener call would pin on older JDKs; reentrant because a stream may call
    // back from within subscribe().
    private final ReentrantLock lock = new ReentrantLock();

    private volatile BoardState state;
    private HallEventStream.@Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> pendingAttempt;
    private Duration nextRetry;
    private int failedAttempts;
    private boolean started;
    private boolean closed;

    HallFeed(String hall, QueueApi api, HallEventStream stream, BoardReducer reducer, Clock clock,
            TaskScheduler scheduler, FeedSettings settings) {
        this.hall = Objects.requireNonNull(hall, "hall");
        this.api = api;
        this.stream = stream;
        this.reducer = reducer;
        this.clock = clock;
        this.scheduler = scheduler;
        this.settings = settings;
        this.nextRetry = settings.initialRetry();
        this.state = BoardState.initial(hall, clock.instant());
    }

    /** The hall's code. */
    public String hall() {
        return hall;
    }

    /** The current state; never null, possibly not yet {@linkplain BoardState#loaded() loaded}. */
    public BoardState state() {
        return state;
    }

    /**
     * Registers a listener and hands it the current state at once, before any newer one. Returns the
     * registration that removes it; a removed listener hears nothing more.
     */
    public Registration addListener(Consumer<BoardState> listener) {
        Objects.requireNonNull(listener, "listener");
        lock.lock();
        try {
            listeners.add(listener);
            notify(listener, state);
        } finally {
            lock.unlock();
        }
        return () -> listeners.remove(listener);
    }

    /**
     * Registers a listener for the events this feed applies from now on: each event once, in order,
     * after the state listeners have had the state it produced. Events the feed ignores (repeated,
     * or of another hall) and what a snapshot covers are never passed on. For screens that react to
     * what happened rather than to what is (a ticket just completed at a window).
     */
    public Registration addEventListener(Consumer<HallEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    /** Starts loading in the background; returns at once. Starting twice, or after closing, does nothing. */
    public void start() {
        lock.lock();
        try {
            if (started || closed) {
                return;
            }
            started = true;
            schedule(Duration.ZERO);
        } finally {
            lock.unlock();
        }
    }

    /** Stops streaming and retrying and drops all listeners. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (pendingAttempt != null) {
                pendingAttempt.cancel(false);
            }
            if (subscription != null) {
                subscription.close();
                subscription = null;
            }
            listeners.clear();
            eventListeners.clear();
        } finally {
            lock.unlock();
        }
    }

    private void schedule(Duration delay) {
        pendingAttempt = scheduler.schedule(this::connect, scheduler.getClock().instant().plus(delay));
    }

    /** One attempt: snapshot, then the stream from the snapshot's last event; on failure, another attempt later. */
    private void connect() {
        if (closed) {
            return;
        }
        HallView hallView;
        HallSnapshot snapshot;
        try {
            hallView = api.halls().stream().filter(h -> h.code().equals(hall)).findFirst().orElse(null);
            snapshot = api.snapshot(hall);
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (hallView == null) {
                log.warn("Hall {}: queue-service does not list it; showing it under its code", hall);
            }
            update(s -> reducer.load(s, snapshot, hallView).withStatus(FeedStatus.LIVE, clock.instant()));
            subscription = stream.subscribe(hall, snapshot.lastEventId(), new StreamListener());
            log.info("Hall {}: snapshot loaded at event {}, following its events", hall, snapshot.lastEventId());
            failedAttempts = 0;
            nextRetry = settings.initialRetry();
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            lock.unlock();
        }
    }

    private void failed(RuntimeException cause) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            Duration delay = nextRetry;
            nextRetry = min(nextRetry.multipliedBy(2), settings.maxRetry());
            failedAttempts++;
            if (failedAttempts == 1) {
                log.warn("Hall {}: cannot load the snapshot from queue-service ({}); retrying in {} ms", hall,
                        cause.toString(), delay.toMillis());
            } else {
                log.debug("Hall {}: attempt {} failed ({}); retrying in {} ms", hall, failedAttempts,
                        cause.toString(), delay.toMillis());
            }
            update(s -> s.withStatus(FeedStatus.LOST, clock.instant()));
            schedule(delay);
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the state and tells every listener, unless the state is unchanged or the feed closed. */
    private void update(UnaryOperator<BoardState> change) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            BoardState next = change.apply(state);
            if (next == state) {
                return;
            }
            state = next;
            for (Consumer<BoardState> listener : listeners) {
                notify(listener, next);
            }
        } finally {
            lock.unlock();
        }
    }

    private void notify(Consumer<BoardState> listener, BoardState newState) {
        try {
            listener.accept(newState);
        } catch (RuntimeException e) {
            log.error("Hall {}: a board listener failed on the state at event {}", hall, newState.lastEventId(), e);
        }
    }

    private void notifyEvent(Consumer<HallEvent> listener, HallEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.error("Hall {}: an event listener failed on {} event {}", hall, event.type(), event.id(), e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private final class StreamListener implements HallEventStream.Listener {

        @Override
        public void accept(HallEvent event) {
            lock.lock();
            try {
                long before = state.lastEventId();
                update(s -> reducer.apply(s, event));
                if (!closed && before < event.id() && state.lastEventId() == event.id()) {
                    for (Consumer<HallEvent> listener : eventListeners) {
                        notifyEvent(listener, event);
                    }
                }
            } catch (RuntimeException e) {
                // A malformed event must not stop the board; the next ones still apply.
                log.error("Hall {}: skipping {} event {} that could not be applied", hall, event.type(), event.id(), e);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void connected() {
            update(s -> s.withStatus(FeedStatus.LIVE, clock.instant()));
        }

        @Override
        public void disconnected(Throwable cause) {
            log.warn("Hall {}: event stream lost ({}); the board shows it as disconnected", hall, cause.toString());
            update(s -> s.withStatus(FeedStatus.LOST, clock.instant()));
        }
    }
}
