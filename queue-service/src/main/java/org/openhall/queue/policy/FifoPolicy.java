package org.openhall.queue.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The baseline to compare other policies with: first come, first served over every ticket the window may
 * call ({@link WindowProfile#mayCall}, so transfers and priority-only / normal-only restrictions are
 * honoured), longest {@link WaitingTicket#waitingSince() waiting} first. It knows no priority classes and
 * no weights: a transferred ticket, an appointment or a green-channel ticket queues like any other.
 */
public final class FifoPolicy implements CallPolicy {

    /** The configuration name of this policy. */
    public static final String NAME = "fifo";

    private static final Comparator<WaitingTicket> ORDER = Comparator.comparing(WaitingTicket::waitingSince)
            .thenComparingLong(WaitingTicket::sequence)
            .thenComparing(WaitingTicket::id);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<WaitingTicket> rank(WindowProfile window, Collection<WaitingTicket> waiting, Instant now) {
        return waiting.stream().filter(window::mayCall).sorted(ORDER).toList();
    }

    @Override
    public Optional<WaitingTicket> next(WindowProfile window, Collection<WaitingTicket> waiting, Instant now) {
        return waiting.stream().filter(window::mayCall).min(ORDER);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
