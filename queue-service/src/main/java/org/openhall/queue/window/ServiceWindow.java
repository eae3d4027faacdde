package org.openhall.queue.window;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.policy.WindowProfile;
import org.openhall.queue.problem.QueueException;

/**
 * A service window: what it serves and whether it takes visitors. State changes are guarded and
 * refuse what makes no sense (pausing a closed window, opening an open one).
 */
public final class ServiceWindow {

    private final long id;
    private final String hall;
    private final int number;
    private final LocalizedText label;
    private final Map<String, Double> weights;
    private final boolean priorityOnly;
    private final boolean normalOnly;
    private final int version;
    private WindowState state;
    private @Nullable String pauseReason;
    private @Nullable Instant stateSince;
    private @Nullable Long clerkId;
    private WindowView.@Nullable Clerk clerk;

    ServiceWindow(long id, String hall, int number, LocalizedText label, Map<String, Double> weights,
            boolean priorityOnly, boolean normalOnly, WindowState state, @Nullable String pauseReason,
            @Nullable Instant stateSince, @Nullable Long clerkId, WindowView.@Nullable Clerk clerk, int version) {
        this.id = id;
        this.hall = hall;
        this.number = number;
        this.label = label;
        this.weights = new LinkedHashMap<>(weights);
        this.priorityOnly = priorityOnly;
        this.normalOnly = normalOnly;
        this.state = state;
        this.pauseReason = pauseReason;
        this.stateSince = stateSince;
        this.clerkId = clerkId;
        this.clerk = clerk;
        this.version = version;
    }

    /** Used while loading: adds a served service. */
    void addService(String service, double weight) {
        weights.put(service, weight);
    }

    /**
     * Opens (or resumes) the window. A clerk given takes the window; without one, the clerk already
     * seated there stays.
     */
    void open(Instant now, @Nullable Long newClerkId, WindowView.@Nullable Clerk newClerk) {
        if (state == WindowState.OPEN) {
            throw QueueException.conflict("window-already-open", "Window " + number + " is already open.");
        }
        if (newClerkId != null) {
            this.clerkId = newClerkId;
            this.clerk = newClerk;
        }
        change(WindowState.OPEN, null, now);
    }

    /** Seats a clerk at an open or paused window, in place of whoever sat there; its state stays. */
    void seat(long newClerkId, WindowView.Clerk newClerk) {
        if (state == WindowState.CLOSED) {
            throw QueueException.conflict("window-not-open", "Window " + number + " is closed; open it to sit there.");
        }
        this.clerkId = newClerkId;
        this.clerk = newClerk;
    }

    /** The clerk seated at the window, whatever its state (closed windows have none). */
    public WindowView.@Nullable Clerk clerk() {
        return clerk;
    }

    void pause(String reason, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw QueueException.badRequest("pause-reason-required", "A pause needs a reason of 1 to 200 characters.");
        }
        if (state != WindowState.OPEN) {
            throw QueueException.conflict("window-not-open", "Window " + number + " is not open, so it cannot pause.");
        }
        change(WindowState.PAUSED, why, now);
    }

    void close(Instant now) {
        if (state == WindowState.CLOSED) {
            throw QueueException.conflict("window-already-closed", "Window " + number + " is already closed.");
        }
        change(WindowState.CLOSED, null, now);
        this.clerkId = null;
        this.clerk = null;
    }

    private void change(WindowState to, @Nullable String reason, Instant now) {
        this.state = to;
        this.pauseReason = reason;
        this.stateSince = now;
    }

    /** Refuses calls unless the window is open. */
    public void requireOpen() {
        if (state != WindowState.OPEN) {
            throw QueueException.conflict("window-not-open",
                    "Window " + number + " is " + state.name().toLowerCase() + "; open it to call visitors.");
        }
    }

    public long id() {
        return id;
    }

    public String hall() {
        return hall;
    }

    public int number() {
        return number;
    }

    public WindowState state() {
        return state;
    }

    public Map<String, Double> weights() {
        return Map.copyOf(weights);
    }

    public boolean serves(String service) {
        return weights.containsKey(service);
    }

    @Nullable String pauseReason() {
        return pauseReason;
    }

    @Nullable Instant stateSince() {
        return stateSince;
    }

    /** The staff member seated at the window, if any. */
    public @Nullable Long clerkId() {
        return clerkId;
    }

    int version() {
        return version;
    }

    /** What the call-next policy needs to know of this window. */
    public WindowProfile profile() {
        return new WindowProfile(id, weights, priorityOnly, normalOnly);
    }

    public WindowView toView() {
        return new WindowView(id, hall, number, label, state, pauseReason, stateSince,
                weights.entrySet().stream().map(e -> new WindowView.WindowService(e.getKey(), e.getValue())).toList(),
                priorityOnly, normalOnly, state == WindowState.CLOSED ? null : clerk);
    }
}
