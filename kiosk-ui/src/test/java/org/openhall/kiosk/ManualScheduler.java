package org.openhall.kiosk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose time moves only when a test says so, on the test's thread: {@link #advance} runs
 * every task that falls due, in order, moving the {@link MutableClock} along (if given) so that code
 * reading the clock sees the scheduler's time.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final List<Task> tasks = new ArrayList<>();
    private final MutableClock clock;
    private long now;
    private long sequence;
    private boolean shutdown;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    /** Runs what is due now (tasks handed over with {@code execute}), without moving time. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves time forward by {@code by}, running each task when its time comes. */
    public void advance(Duration by) {
        long until = now + by.toNanos();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due <= until)
                        .min(Comparator.comparingLong((Task t) -> t.due).thenComparingLong(t -> t.order))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
                moveTo(next.due);
            }
            next.run();
        }
        synchronized (this) {
            moveTo(until);
        }
    }

    private void moveTo(long time) {
        if (time > now) {
            clock.advance(Duration.ofNanos(time - now));
            now = time;
        }
    }

    /** Tasks waiting to run, periodic ones included. */
    public synchronized int pending() {
        return tasks.size();
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        var task = new Task(command, now + unit.toNanos(delay), 0);
        tasks.add(task);
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the tests");
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
            TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
            TimeUnit unit) {
        var task = new Task(command, now + unit.toNanos(initialDelay), unit.toNanos(delay));
        tasks.add(task);
        return task;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        tasks.clear();
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task implements ScheduledFuture<Object> {
        private final Runnable command;
        private final long period;
        private final long order = sequence++;
        private long due;
        private volatile boolean cancelled;

        Task(Runnable command, long due, long period) {
            this.command = command;
            this.due = due;
            this.period = period;
        }

        void run() {
            if (cancelled) {
                return;
            }
            command.run();
            if (period > 0 && !cancelled) {
                synchronized (ManualScheduler.this) {
                    due = now + period;
                    tasks.add(this);
                }
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            synchronized (ManualScheduler.this) {
                tasks.remove(this);
            }
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || (period == 0 && !tasks.contains(this));
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
