package org.openhall.client.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service window (counter).
 *
 * @param id            identifier used in {@code /api/windows/{id}/…}
 * @param number        the number shown above the counter
 * @param services      what it serves, each with the weight the call-next policy gives it
 * @param priorityOnly  serves only priority tickets (green channel, appointments)
 * @param normalOnly    serves only normal tickets
 * @param pauseReason   why it is paused, when it is
 * @param stateSince    when it last changed state
 * @param clerk         the staff member working at it, while it is open or paused
 */
public record WindowView(long id, String hall, int number, LocalizedText label, WindowState state,
        @Nullable String pauseReason, @Nullable Instant stateSince, List<WindowService> services,
        boolean priorityOnly, boolean normalOnly, @Nullable Clerk clerk) {

    /** A staff member as the public may see them: name and badge number. */
    public record Clerk(String name, String badge) {
    }

    /** A service a window serves and the weight it gives it (1.0 = its own matter). */
    public record WindowService(String service, double weight) {
    }

    /** True when this window serves the service at all. */
    public boolean serves(String service) {
        return services.stream().anyMatch(s -> s.service().equals(service));
    }
}
