package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.HallSnapshot;
import org.openhall.queue.support.TestClock;

/** Many readers of a hall's public queue share one read of it per few seconds. */
class SharedSnapshotsTest {

    private static final Duration AGE = Duration.ofSeconds(5);

    private final TestClock clock = new TestClock();
    private final HallSnapshots snapshots = mock(HallSnapshots.class);
    private final AtomicInteger reads = new AtomicInteger();
    private final SharedSnapshots shared = new SharedSnapshots(snapshots, clock);

    /** Counted down once a read of hall "h" has begun; that read ends once {@link #release} is. */
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    SharedSnapshotsTest() {
        when(snapshots.snapshot("h")).thenAnswer(call -> {
            reading.countDown();
            release.await();
            return new HallSnapshot("h", reads.incrementAndGet(), clock.instant(), List.of(), List.of(), List.of(),
                    List.of());
        });
        when(snapshots.snapshot("k")).thenAnswer(call -> new HallSnapshot("k", 100 + reads.incrementAndGet(),
                clock.instant(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void readersArrivingWhileTheHallIsReadWaitForThatReadAndGetTheSameSnapshot() throws Exception {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        List<Thread> latecomers = new CopyOnWriteArrayList<>();
        List<Future<HallSnapshot>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16, task -> {
            Thread thread = new Thread(task);
            latecomers.add(thread);
            return thread;
        })) {
            answers.add(pool.submit(() -> shared.snapshot("h", AGE)));
            reading.await();
            for (int i = 0; i < 15; i++) {
                answers.add(pool.submit(() -> shared.snapshot("h", AGE)));
            }
            // The first reader is inside its read; the fifteen others are held at the hall until it ends.
            await().atMost(Duration.ofSeconds(10)).until(() -> latecomers.size() == 16
                    && latecomers.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() == 15);
            release.countDown();
            for (Future<HallSnapshot> answer : answers) {
                assertThat(answer.get().lastEventId()).isEqualTo(1);
            }
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainOnceTheSnapshotIsAsOldAsAllowedAndKeepsHallsApart() {
        release.countDown();
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(shared.snapshot("h", AGE).lastEventId()).isEqualTo(1);
        clock.advance(AGE.minusMillis(1));
        assertThat(shared.snapshot("h", AGE).lastEventId()).as("still young enough").isEqualTo(1);
        assertThat(shared.snapshot("k", AGE).lastEventId()).as("another hall is read for itself").isEqualTo(102);
        clock.advance(Duration.ofMillis(1));
        assertThat(shared.snapshot("h", AGE).lastEventId()).isEqualTo(3);
        assertThat(shared.snapshot("h", Duration.ZERO).lastEventId()).as("a reader that allows no age")
                .isEqualTo(4);

        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(shared.snapshot("h", AGE).lastEventId()).as("the clock was set back: not reused")
                .isEqualTo(5);
        assertThat(reads).hasValue(5);
    }
}
