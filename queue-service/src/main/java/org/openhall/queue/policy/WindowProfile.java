package org.openhall.queue.policy;

import java.util.Map;
import java.util.Objects;
import org.openhall.client.api.Priority;

/**
 * What a call policy needs to know about a window: which services it serves, how much weight each gets,
 * and whether it is restricted to one kind of ticket.
 *
 * <p>A window may call a ticket ({@link #mayCall}) when the ticket was transferred to this window, or when
 * the ticket is not transferred to any window, its service has a weight here, and the window's restriction
 * admits its priority class. Every {@link CallPolicy} returns only such tickets.
 *
 * @param windowId     the window's id, matched against {@link WaitingTicket#targetWindowId()}
 * @param weights      weight per service code; every weight is finite and greater than zero, and a service
 *                     without an entry is not served here
 * @param priorityOnly the window takes only {@link Priority#GREEN_CHANNEL} and {@link Priority#APPOINTMENT}
 *                     tickets (and tickets transferred to it)
 * @param normalOnly   the window takes only {@link Priority#NORMAL} tickets (and tickets transferred to it)
 * @throws IllegalArgumentException if a weight is not a finite positive number, or both flags are set
 */
public record WindowProfile(long windowId, Map<String, Double> weights, boolean priorityOnly, boolean normalOnly) {

    public WindowProfile {
        Objects.requireNonNull(weights, "weights");
        weights = Map.copyOf(weights); // also rejects null keys and values
        weights.forEach((service, weight) -> {
            if (!(weight > 0) || weight.isInfinite()) {
                throw new IllegalArgumentException(
                        "window " + windowId + ": weight of service " + service + " must be a positive number, was "
                                + weight);
            }
        });
        if (priorityOnly && normalOnly) {
            throw new IllegalArgumentException("window " + windowId + " cannot be both priority-only and normal-only");
        }
    }

    /** A window without restriction serving the given services with the given weights. */
    public static WindowProfile serving(long windowId, Map<String, Double> weights) {
        return new WindowProfile(windowId, weights, false, false);
    }

    /** Whether this window serves the service, i.e. has a weight for it. */
    public boolean serves(String service) {
        return weights.containsKey(service);
    }

    /** The weight of the service at this window, 0 if the window does not serve it. */
    public double weightOf(String service) {
        return weights.getOrDefault(service, 0.0);
    }

    /**
     * Whether this window may call the ticket at all, whatever the policy: a ticket transferred to a window
     * only there; any other ticket where its service is served and the window's restriction admits its
     * priority class.
     */
    public boolean mayCall(WaitingTicket ticket) {
        Long target = ticket.targetWindowId();
        if (target != null) {
            return target == windowId;
        }
        if (!serves(ticket.service())) {
            return false;
        }
        boolean normal = ticket.priority() == Priority.NORMAL;
        return priorityOnly ? !normal : !normalOnly || normal;
    }
}
