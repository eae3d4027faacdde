package org.openhall.queue.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The played time is the playing thread's alone, and only while it plays. */
class HistoryClockTest {

    static final Instant LIVE = Instant.parse("2026-11-27T03:00:00Z");
    static final Instant PAST = Instant.parse("2026-11-02T01:30:00Z");

    final HistoryClock clock = new HistoryClock(Clock.fixed(LIVE, ZoneOffset.UTC));
    final Clock past = Clock.fixed(PAST, ZoneOffset.UTC);

    @Test
    void readsThePlayedTimeOnlyOnThePlayingThreadAndOnlyWhilePlaying() throws Exception {
        Set<Instant> seenElsewhere = ConcurrentHashMap.newKeySet();
        AtomicBoolean reading = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(2);
        Thread platform = Thread.ofPlatform().start(() -> readUntilStopped(started, reading, seenElsewhere));
        Thread virtual = Thread.ofVirtual().start(() -> readUntilStopped(started, reading, seenElsewhere));
        started.await();

        AtomicReference<Instant> startedByThePlayer = new AtomicReference<>();
        Instant inside = HistoryClock.playing(past, () -> {
            for (int i = 0; i < 10_000; i++) {
                assertThat(clock.instant()).isEqualTo(PAST);
            }
            // A thread the player starts is another thread: it reads the live time.
            Thread child = Thread.ofVirtual().start(() -> startedByThePlayer.set(clock.instant()));
            join(child);
            return clock.instant();
        });
        reading.set(false);
        platform.join();
        virtual.join();

        assertThat(inside).isEqualTo(PAST);
        assertThat(startedByThePlayer.get()).isEqualTo(LIVE);
        assertThat(seenElsewhere).containsOnly(LIVE);
        assertThat(clock.instant()).isEqualTo(LIVE);
        assertThat(HistoryClock.isPlaying()).isFalse();
    }

    @Test
    void endsThePlayWhenThePlayFails() {
        assertThatThrownBy(() -> HistoryClock.playing(past, () -> {
            throw new IllegalStateException("a play that fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(LIVE);
    }

    @Test
    void theServiceClockIsPlayableOnlyWhenTheDemoHallGetsAPast() {
        assertThat(serviceClock(Map.of())).isInstanceOf(HistoryClock.class);
        assertThat(serviceClock(Map.of("openhall.demo.history-days", "3"))).isInstanceOf(HistoryClock.class);
        assertThat(serviceClock(Map.of("openhall.demo.history-days", "0"))).isNotInstanceOf(HistoryClock.class);
        assertThat(serviceClock(Map.of("openhall.demo.seed", "false"))).isNotInstanceOf(HistoryClock.class);
    }

    private static Object serviceClock(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        HistoryClockSetup setup = new HistoryClockSetup();
        setup.setEnvironment(environment);
        return setup.postProcessAfterInitialization(Clock.systemUTC(), HistoryClockSetup.CLOCK);
    }

    private void readUntilStopped(CountDownLatch started, AtomicBoolean reading, Set<Instant> seen) {
        started.countDown();
        while (reading.get()) {
            seen.add(clock.instant());
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
