package org.openhall.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * A task scheduler on a {@link MutableClock} that runs nothing by itself: the test moves time with
 * {@link #advance} and the tasks due meanwhile run on the test's thread, in time order. One-shot
 * and fixed-rate tasks are supported; triggers are not.
 */
public final class ManualScheduler implements TaskScheduler {

    private final MutableClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long sequence;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** Runs every task due now, including those they schedule for now. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves the clock forward by {@code duration}, running each task at its due time. */
    public void advance(Duration duration) {
        Instant target = clock.instant().plus(duration);
        while (true) {
            Task next;
            synchronized (tasks) {
                tasks.removeIf(Task::isCancelled);
                next = tasks.stream().filter(t -> !t.at.isAfter(target))
                        .min(Comparator.comparing((Task t) -> t.at).thenComparingLong(t -> t.order)).orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
            }
            if (next.at.isAfter(clock.instant())) {
                clock.set(next.at);
            }
            next.run();
        }
        clock.set(target);
    }

    /** Tasks waiting to run, not cancelled. */
    public int pending() {
        synchronized (tasks) {
            return (int) tasks.stream().filter(t -> !t.isCancelled()).count();
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
        return add(new Task(task, startTime, null));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
        return add(new Task(task, startTime, period));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
        return add(new Task(task, clock.instant().plus(period), period));
    }

    @Override
    public @Nullable ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
        throw new UnsupportedOperationException("triggers are not simulated");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
        return scheduleAtFixedRate(task, startTime, delay);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
        return scheduleAtFixedRate(task, delay);
    }

    private Task add(Task task) {
        synchronized (tasks) {
            task.order = sequence++;
            tasks.add(task);
        }
        return task;
    }

    private final class Task implements ScheduledFuture<Object> {

        private final Runnable action;
        private final @Nullable Duration period;
        private Instant at;
        private long order;
        private volatile boolean cancelled;
        private volatile boolean done;

        Task(Runnable action, Instant at, @Nullable Duration period) {
            this.action = action;
            this.at = at;
            this.period = period;
        }

        void run() {
            if (cancelled) {
                return;
            }
            action.run();
            if (period != null && !cancelled) {
                at = at.plus(period);
                add(this);
            } else {
                done = true;
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), at));
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean wasPending = !done && !cancelled;
            cancelled = true;
            return wasPending;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
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
