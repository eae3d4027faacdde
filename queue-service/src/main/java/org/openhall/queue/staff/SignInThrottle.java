package org.openhall.queue.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins for a username, or from a remote address, that failed too often: after
 * {@code maxFailures} failures within the failure window, every attempt (even with the right
 * password) is refused until the lockout has passed. Kept in memory: a restart forgets it, and
 * each instance counts on its own.
 */
@Component
public class SignInThrottle {

    private static final int CLEAN_UP_ABOVE = 10_000;

    private final StaffSecurityProperties.SignIn settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(StaffSecurityProperties properties, Clock clock) {
        this.settings = properties.signIn();
        this.clock = clock;
    }

    /** Until when sign-ins for the username or from the address are refused, if they are now. */
    public Optional<Instant> lockedUntil(String username, @Nullable String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(userKey(username), now), address == null ? null : lockedUntil(addressKey(address), now));
        return Optional.ofNullable(until);
    }

    /** Counts a failed sign-in against the username and the address. */
    public void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        count(userKey(username), settings.maxFailures(), now);
        if (address != null) {
            count(addressKey(address), settings.maxFailuresPerAddress(), now);
        }
        if (failures.size() > CLEAN_UP_ABOVE) {
            failures.entrySet().removeIf(e -> e.getValue().stale(now, settings));
        }
    }

    /** A successful sign-in clears the username's failures (its address's stay counted). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private @Nullable Instant lockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null) {
            return null;
        }
        synchronized (f) {
            return f.lockedUntil != null && now.isBefore(f.lockedUntil) ? f.lockedUntil : null;
        }
    }

    private void count(String key, int max, Instant now) {
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            if (f.lockedUntil != null && now.isBefore(f.lockedUntil)) {
                return;
            }
            f.lockedUntil = null;
            Instant windowStart = now.minus(settings.failureWindow());
            while (!f.times.isEmpty() && !f.times.peekFirst().isAfter(windowStart)) {
                f.times.pollFirst();
            }
            f.times.addLast(now);
            if (f.times.size() >= max) {
                f.lockedUntil = now.plus(settings.lockout());
                f.times.clear();
            }
        }
    }

    private static String userKey(String username) {
        return "u:" + StaffAccounts.normalise(username);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        @Nullable Instant lockedUntil;

        synchronized boolean stale(Instant now, StaffSecurityProperties.SignIn settings) {
            boolean locked = lockedUntil != null && now.isBefore(lockedUntil);
            Instant newest = times.peekLast();
            return !locked && (newest == null || newest.isBefore(now.minus(settings.failureWindow())));
        }
    }
}
