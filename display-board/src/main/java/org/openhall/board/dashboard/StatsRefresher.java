package org.openhall.board.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.FeedStatus;
import org.openhall.board.feed.HallFeed;
import org.openhall.client.QueueApi;
import org.openhall.client.api.HallStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The statistics of one hall, shared by every dashboard of this application instance that shows
 * it: one reader for the hall, however many browsers watch.
 *
 * <p>While at least one listener is registered it reads {@code stats(hall)}: at once, then again
 * each time the hall's feed reports a change, but never twice within {@code minRefreshGap} (a burst
 * of events costs one read), and every {@code refreshInterval} in any case. A read that fails makes
 * the state {@link FeedStatus#LOST} (keeping the last statistics) and is
 * retried after one gap, then after twice as long, up to the interval, until a read succeeds. With
 * no listener left it reads nothing and stops following the feed.
 *
 * <p>Listeners get every new state in order, on the reader's thread; they must return quickly.
 */
public final class StatsRefresher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatsRefresher.class);

    /** Undoes {@link #addListener}. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    private final String hall;
    private final QueueApi api;
    private final @Nullable HallFeed feed;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private final Duration minGap;
    private final List<Consumer<DashboardState>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();

    private volatile DashboardState state;
    private HallFeed.@Nullable Registration feedRegistration;
    private @Nullable ScheduledFuture<?> pending;
    private @Nullable Instant pendingAt;
    /** When the last read started, on the scheduler's clock. */
    private @Nullable Instant lastReadAt;
    private boolean reading;
    /** The hall changed while a read was under way: that read may predate the change. */
    private boolean changedDuringRead;
    private long seenEventId = -1;
    private boolean feedWasLive;
    private Duration nextRetry;
    private boolean closed;

    /**
     * @param feed the hall's feed, whose changes trigger a read; null when this instance does not
     *             follow the hall's events, which are then read on the timer only
     */
    StatsRefresher(String hall, QueueApi api, @Nullable HallFeed feed, Clock clock, TaskScheduler scheduler,
            DashboardProperties properties) {
        this.hall = Objects.requireNonNull(hall, "hall");
        this.api = api;
        this.feed = feed;
        this.clock = clock;
        this.scheduler = scheduler;
        this.interval = properties.refreshInterval();
        this.minGap = properties.minRefreshGap();
        this.nextRetry = minGap;
        this.state = DashboardState.initial(hall, clock.instant());
    }

    public String hall() {
        return hall;
    }

    /** The current state; never null, without statistics until the first read succeeded. */
    public DashboardState state() {
        return state;
    }

    /** True while this refresher follows the hall's event feed (and not just its timer). */
    public boolean followsEvents() {
        return feed != null;
    }

    /**
     * Registers a listener and hands it the current state at once. The first listener starts the
     * reading; removing the last one stops it.
     */
    public Registration addListener(Consumer<DashboardState> listener) {
        Objects.requireNonNull(listener, "listener");
        boolean first;
        lock.lock();
        try {
            if (closed) {
                return () -> { };
            }
            listeners.add(listener);
            notify(listener, state);
            first = listeners.size() == 1;
            if (first) {
                log.debug("Hall {}: a dashboard opened, reading its statistics", hall);
                scheduleAt(now());
            }
        } finally {
            lock.unlock();
        }
        if (first && feed != null) {
            followFeed(feed);
        }
        return () -> remove(listener);
    }

    /**
     * Registers with the feed outside this refresher's lock: the feed calls its listeners holding its
     * own lock, so taking the two in the opposite order here could deadlock.
     */
    private void followFeed(HallFeed hallFeed) {
        HallFeed.Registration registration = hallFeed.addListener(this::feedChanged);
        lock.lock();
        try {
            if (closed || listeners.isEmpty() || feedRegistration != null) {
                registration.remove();
            } else {
                feedRegistration = registration;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stops reading for good and drops all listeners. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            listeners.clear();
            deactivate();
        } finally {
            lock.unlock();
        }
    }

    private void remove(Consumer<DashboardState> listener) {
        lock.lock();
        try {
            if (listeners.remove(listener) && listeners.isEmpty()) {
                deactivate();
            }
        } finally {
            lock.unlock();
        }
    }

    private void deactivate() {
        if (feedRegistration != null) {
            feedRegistration.remove();
            feedRegistration = null;
        }
        cancelPending();
        seenEventId = -1;
        feedWasLive = false;
    }

    /** A new state of the hall's feed: an event, or the feed back after a break, means fresher statistics. */
    private void feedChanged(BoardState board) {
        lock.lock();
        try {
            boolean newEvent = board.lastEventId() != seenEventId;
            boolean backLive = board.connected() && !feedWasLive;
            seenEventId = board.lastEventId();
            feedWasLive = board.connected();
            if (newEvent || backLive) {
                hallChanged();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads as soon as the gap since the last read allows; a read already due by then covers it. */
    private void hallChanged() {
        if (listeners.isEmpty() || closed) {
            return;
        }
        if (reading) {
            changedDuringRead = true;
            return;
        }
        scheduleAt(earliestRead());
    }

    private Instant earliestRead() {
        Instant now = now();
        if (lastReadAt == null) {
            return now;
        }
        Instant allowed = lastReadAt.plus(minGap);
        return allowed.isAfter(now) ? allowed : now;
    }

    /** Makes sure a read happens at {@code at} or earlier. */
    private void scheduleAt(Instant at) {
        if (pending != null && pendingAt != null && !pending.isDone() && !pendingAt.isAfter(at)) {
            return;
        }
        cancelPending();
        pendingAt = at;
        pending = scheduler.schedule(this::read, at);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = null;
        pendingAt = null;
    }

    private void read() {
        lock.lock();
        try {
            if (closed || listeners.isEmpty() || reading) {
                return;
            }
            reading = true;
            changedDuringRead = false;
            pending = null;
            pendingAt = null;
            lastReadAt = now();
        } finally {
            lock.unlock();
        }
        HallStats stats = null;
        RuntimeException failure = null;
        try {
            stats = api.stats(hall);
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            reading = false;
            if (closed || listeners.isEmpty()) {
                return;
            }
            Duration next;
            if (stats != null) {
                if (state.status() == FeedStatus.LOST) {
                    log.info("Hall {}: statistics readable again", hall);
                }
                update(state.read(stats, clock.instant()));
                nextRetry = minGap;
                next = interval;
            } else {
                logFailure(Objects.requireNonNull(failure));
                update(state.failed(clock.instant()));
                next = nextRetry;
                nextRetry = min(nextRetry.multipliedBy(2), interval);
            }
            Instant at = Objects.requireNonNull(lastReadAt).plus(next);
            if (changedDuringRead) {
                changedDuringRead = false;
                Instant soon = earliestRead();
                at = soon.isBefore(at) ? soon : at;
            }
            scheduleAt(at);
        } finally {
            lock.unlock();
        }
    }

    private void logFailure(RuntimeException failure) {
        if (state.status() != FeedStatus.LOST) {
            log.warn("Hall {}: cannot read the statistics from queue-service ({}); retrying in {} ms", hall,
                    failure.toString(), nextRetry.toMillis());
        } else {
            log.debug("Hall {}: statistics still unreadable ({})", hall, failure.toString());
        }
    }

    private void update(DashboardState next) {
        if (next == state) {
            return;
        }
        state = next;
        for (Consumer<DashboardState> listener : listeners) {
            notify(listener, next);
        }
    }

    private void notify(Consumer<DashboardState> listener, DashboardState newState) {
        try {
            listener.accept(newState);
        } catch (RuntimeException e) {
            log.error("Hall {}: a dashboard listener failed", hall, e);
        }
    }

    private Instant now() {
        return scheduler.getClock().instant();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
