package org.openhall.queue.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openhall.queue.support.TestClock;

class SignInThrottleTest {

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(new StaffSecurityProperties(
            new StaffSecurityProperties.SignIn(5, 5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new StaffSecurityProperties.BootstrapAdmin(null, null, "Administrator", "ADMIN")), clock);

    @Test
    void locksAUsernameAfterFiveFailuresWithinTheWindowAndLetsItGoAfterTheLockout() {
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("wangfang", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.lockedUntil("wangfang", "10.0.0.99")).isEmpty();
        throttle.failed("WangFang ", "10.0.0.5");
        assertThat(throttle.lockedUntil("wangfang", "10.0.0.99")).as("by username, whatever the address")
                .contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("liqiang", "10.0.0.99")).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("wangfang", null)).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("liqiang", null);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("liqiang", null);
        assertThat(throttle.lockedUntil("liqiang", null)).isEmpty();
    }

    @Test
    void locksAnAddressThatFailsForManyUsernames() {
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess" + i, "203.0.113.7");
        }
        assertThat(throttle.lockedUntil("someoneelse", "203.0.113.7")).isPresent();
        assertThat(throttle.lockedUntil("someoneelse", "203.0.113.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("zhangwei", null);
        }
        throttle.succeeded("zhangwei");
        throttle.failed("zhangwei", null);
        assertThat(throttle.lockedUntil("zhangwei", null)).isEmpty();
    }
}
