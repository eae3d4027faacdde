package org.openhall.queue.policy;

import static org.openhall.queue.policy.Tickets.OPENING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;

/** Generators for the policy properties, and the eligibility rule restated from the brief as an oracle. */
final class PolicyArbitraries {

    static final List<String> SERVICES = List.of("A", "B", "C", "D", "E", "F", "G", "Z");

    /** A service no generated window serves: its tickets must never be called. */
    static final String UNSERVED = "X";

    private PolicyArbitraries() {
    }

    /**
     * Whether a window may call a ticket, as the design states it: a transferred ticket only at its target
     * window; otherwise a served service, priority classes only at priority-only windows, normal tickets only
     * at normal-only windows.
     */
    static boolean mayCallBySpec(WindowProfile window, WaitingTicket ticket) {
        if (ticket.targetWindowId() != null) {
            return ticket.targetWindowId() == window.windowId();
        }
        if (!window.weights().containsKey(ticket.service())) {
            return false;
        }
        if (window.priorityOnly()) {
            return ticket.priority() == Priority.GREEN_CHANNEL || ticket.priority() == Priority.APPOINTMENT;
        }
        if (window.normalOnly()) {
            return ticket.priority() == Priority.NORMAL;
        }
        return true;
    }

    static Arbitrary<CallPolicy> policies() {
        return Arbitraries.of(new FifoPolicy(), new WeightedPolicy(), new WeightedPolicy(Duration.ofMinutes(10)));
    }

    /** Weights in (0, 1] for a non-empty subset of the services. */
    static Arbitrary<Map<String, Double>> weights() {
        return Arbitraries.maps(Arbitraries.of(SERVICES), Arbitraries.integers().between(1, 100).map(p -> p / 100.0))
                .ofMinSize(1).ofMaxSize(SERVICES.size());
    }

    enum Restriction {
        NONE, PRIORITY_ONLY, NORMAL_ONLY
    }

    static Arbitrary<Restriction> restrictions() {
        return Arbitraries.frequency(Tuple.of(4, Restriction.NONE), Tuple.of(1, Restriction.PRIORITY_ONLY),
                Tuple.of(1, Restriction.NORMAL_ONLY));
    }

    static WindowProfile window(long windowId, Map<String, Double> weights, Restriction restriction) {
        return new WindowProfile(windowId, weights, restriction == Restriction.PRIORITY_ONLY,
                restriction == Restriction.NORMAL_ONLY);
    }

    /** One to nine windows numbered from 1. */
    static Arbitrary<List<WindowProfile>> windows() {
        return Combinators.combine(weights(), restrictions()).as(WindowDraft::new).list().ofMinSize(1).ofMaxSize(9)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(drafts -> IntStream.range(0, drafts.size())
                        .mapToObj(i -> window(i + 1, drafts.get(i).weights(), drafts.get(i).restriction()))
                        .toList());
    }

    static Arbitrary<Priority> priorities() {
        return Arbitraries.frequency(Tuple.of(6, Priority.NORMAL), Tuple.of(2, Priority.APPOINTMENT),
                Tuple.of(2, Priority.GREEN_CHANNEL));
    }

    static Arbitrary<String> ticketServices() {
        return Arbitraries.frequency(Tuple.of(20, "A"), Tuple.of(20, "B"), Tuple.of(20, "C"), Tuple.of(10, "D"),
                Tuple.of(10, "E"), Tuple.of(10, "F"), Tuple.of(10, "G"), Tuple.of(10, "Z"), Tuple.of(3, UNSERVED));
    }

    /**
     * Up to 40 waiting tickets with unique ids, waiting since minutes 0–120 and sequences 0–30 (so that ties
     * are common), some transferred to windows 1–4, appointments booked an hour either side of their wait.
     */
    static Arbitrary<List<WaitingTicket>> snapshots() {
        Arbitrary<TicketDraft> drafts = Combinators.combine(ticketServices(), priorities(),
                Arbitraries.integers().between(0, 120).map(m -> m * 60), Arbitraries.longs().between(0, 30),
                Arbitraries.longs().between(1, 4).injectNull(0.8),
                Arbitraries.integers().between(-60, 60).map(m -> m * 60).injectNull(0.2))
                .as(TicketDraft::new);
        return drafts.list().ofMaxSize(40).map(list -> {
            List<WaitingTicket> tickets = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                TicketDraft d = list.get(i);
                tickets.add(d.toTicket("T" + i, d.sequence(), OPENING.plusSeconds(d.offsetSeconds())));
            }
            return tickets;
        });
    }

    /** An instant within three hours of opening. */
    static Arbitrary<Instant> nows() {
        return Arbitraries.integers().between(0, 180 * 60).map(OPENING::plusSeconds);
    }

    /**
     * A stream of up to 150 arrivals (any number equally likely), 0–300 s apart, in issue order (sequence = index); a few transferred to a
     * window 1–10 (which may not exist), appointments booked from half an hour before to an hour after.
     */
    static Arbitrary<List<WaitingTicket>> arrivals() {
        Arbitrary<TicketDraft> drafts = Combinators.combine(ticketServices(), priorities(),
                Arbitraries.integers().between(0, 300), Arbitraries.just(0L),
                Arbitraries.longs().between(1, 10).injectNull(0.9),
                Arbitraries.integers().between(-1800, 3600).injectNull(0.2))
                .as(TicketDraft::new);
        return drafts.list().ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform()).map(list -> {
            List<WaitingTicket> tickets = new ArrayList<>();
            Instant arrival = OPENING;
            for (int i = 0; i < list.size(); i++) {
                TicketDraft d = list.get(i);
                arrival = arrival.plusSeconds(d.offsetSeconds());
                tickets.add(d.toTicket("T%03d".formatted(i), i, arrival));
            }
            return tickets;
        });
    }

    record WindowDraft(Map<String, Double> weights, Restriction restriction) {
    }

    /**
     * @param offsetSeconds      the wait start (snapshots) or gap to the previous arrival (streams), seconds
     * @param appointmentSeconds the booked time relative to the wait start, for appointment tickets
     */
    record TicketDraft(String service, Priority priority, int offsetSeconds, long sequence,
            @Nullable Long targetWindowId, @Nullable Integer appointmentSeconds) {

        WaitingTicket toTicket(String id, long sequence, Instant waitingSince) {
            Instant appointmentAt = priority == Priority.APPOINTMENT && appointmentSeconds != null
                    ? waitingSince.plusSeconds(appointmentSeconds)
                    : null;
            return new WaitingTicket(id, service, priority, waitingSince, sequence, targetWindowId, appointmentAt);
        }
    }
}
