package org.openhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @RepeatedTest(20)
    void doublesEachDelayUpToTheMaximumWithJitterInTheUpperHalf() {
        var backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

        for (long step : new long[] {250, 500, 1000, 2000, 4000, 5000, 5000}) {
            assertThat(backoff.next()).isBetween(Duration.ofMillis(step / 2), Duration.ofMillis(step));
        }
    }

    @Test
    void startsOverAfterAReset() {
        var backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }

        backoff.reset();

        assertThat(backoff.next()).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void refusesAMaximumBelowTheInitialDelay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
