package org.openhall.queue.staff;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused because its username or address failed too often lately. */
public class SignInThrottledException extends LockedException {

    private final Instant until;

    SignInThrottledException(Instant until) {
        super("Too many failed sign-ins; try again after " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
