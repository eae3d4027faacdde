package org.openhall.queue.estimate;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.WindowState;
import org.openhall.queue.policy.WindowProfile;

/**
 * A window as the estimator sees it at one moment.
 *
 * @param profile   what the window serves, with which weights and restrictions
 * @param state     open, paused or closed
 * @param since     when it entered that state (null if unknown: a pause is then taken as just begun)
 * @param busyWith  the service of the visitor it holds (called or being served), null when idle
 * @param busySince when it called that visitor
 */
public record WindowNow(WindowProfile profile, WindowState state, @Nullable Instant since, @Nullable String busyWith,
        @Nullable Instant busySince) {

    public WindowNow {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(state, "state");
        if ((busyWith == null) != (busySince == null)) {
            throw new IllegalArgumentException("window " + profile.windowId()
                    + ": a busy window needs both the service and the time of its call");
        }
    }

    /** An open window with nobody at it. */
    public static WindowNow idle(WindowProfile profile) {
        return new WindowNow(profile, WindowState.OPEN, null, null, null);
    }

    /** An open window serving a visitor of {@code service} it called at {@code calledAt}. */
    public static WindowNow busy(WindowProfile profile, String service, Instant calledAt) {
        return new WindowNow(profile, WindowState.OPEN, null, service, calledAt);
    }

    /** A window paused since {@code since}, with nobody at it. */
    public static WindowNow paused(WindowProfile profile, Instant since) {
        return new WindowNow(profile, WindowState.PAUSED, since, null, null);
    }

    /** A closed window. */
    public static WindowNow closed(WindowProfile profile) {
        return new WindowNow(profile, WindowState.CLOSED, null, null, null);
    }
}
