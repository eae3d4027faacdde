package org.openhall.queue.events;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.openhall.client.api.HallEvent;

/**
 * The recent tail of one hall's log, shared by every stream of the hall on this instance: one
 * reader fetches new events from the database and all streams are served from memory, falling back
 * to the database only for a client that resumes from further back than the tail holds.
 */
final class HallChannel {

    private static final int TAIL = 2048;
    private static final int BATCH = 1000;

    private final String hall;
    private final EventLog log;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grew = lock.newCondition();
    private final ArrayDeque<HallEvent> tail = new ArrayDeque<>();
    private long head;

    HallChannel(String hall, EventLog log) {
        this.hall = hall;
        this.log = log;
        this.head = log.lastId(hall);
    }

    String hall() {
        return hall;
    }

    /** The id of the newest event this channel has seen committed. */
    long head() {
        lock.lock();
        try {
            return head;
        } finally {
            lock.unlock();
        }
    }

    /** Fetches events committed since the last refresh and wakes the streams waiting for them. */
    void refresh() {
        while (true) {
            List<HallEvent> fresh = log.after(hall, head(), BATCH);
            if (fresh.isEmpty()) {
                return;
            }
            lock.lock();
            try {
                for (HallEvent event : fresh) {
                    if (event.id() > head) {
                        tail.addLast(event);
                        head = event.id();
                    }
                }
                while (tail.size() > TAIL) {
                    tail.removeFirst();
                }
                grew.signalAll();
            } finally {
                lock.unlock();
            }
            if (fresh.size() < BATCH) {
                return;
            }
        }
    }

    /** Events after {@code id}, oldest first (at most one batch); empty when there are none yet. */
    List<HallEvent> after(long id) {
        lock.lock();
        try {
            if (id >= head) {
                return List.of();
            }
            if (!tail.isEmpty() && tail.peekFirst().id() <= id + 1) {
                List<HallEvent> events = new ArrayList<>();
                for (HallEvent event : tail) {
                    if (event.id() > id) {
                        events.add(event);
                    }
                }
                return events;
            }
        } finally {
            lock.unlock();
        }
        return log.after(hall, id, BATCH);
    }

    /** Waits until an event after {@code id} is known or the timeout passes; true when there is one. */
    boolean awaitAfter(long id, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (head <= id) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = grew.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

}
