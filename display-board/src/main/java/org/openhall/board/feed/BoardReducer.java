package org.openhall.board.feed;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowView;

/**
 * Folds queue-service's snapshot and events into a {@link BoardState}. A pure function of its
 * inputs: no clock, no I/O, so every rule can be tested with plain data.
 *
 * <p>Guarantees: an event whose id is not above the state's {@code lastEventId} returns the state
 * unchanged (repeated or late delivery changes nothing); a window holds at most one ticket; a
 * ticket is counted as waiting at most once, whatever the order and repetition of its events.
 */
public final class BoardReducer {

    /** How many last calls a state keeps; screens show fewer. */
    public static final int DEFAULT_RECENT_LIMIT = 20;

    /** Called tickets first (the visitor is on the way), newest call first; then those being served. */
    static final Comparator<Call> CURRENT_ORDER = Comparator.comparing(Call::serving)
            .thenComparing(Call::calledAt, Comparator.reverseOrder())
            .thenComparingInt(Call::windowNumber);

    private static final Comparator<ServiceWaiting> WAITING_ORDER = Comparator.comparing(ServiceWaiting::prefix)
            .thenComparing(ServiceWaiting::service);

    private final int recentLimit;

    public BoardReducer() {
        this(DEFAULT_RECENT_LIMIT);
    }

    /** @param recentLimit how many last calls to keep, at least 1 */
    public BoardReducer(int recentLimit) {
        if (recentLimit < 1) {
            throw new IllegalArgumentException("recentLimit must be at least 1, was " + recentLimit);
        }
        this.recentLimit = recentLimit;
    }

    /**
     * The state a snapshot describes. It replaces what {@code state} knew about the queue and keeps
     * its connection status.
     *
     * @param hall the hall's description, for its name and time zone; null when unknown
     */
    public BoardState load(BoardState state, HallSnapshot snapshot, @Nullable HallView hall) {
        List<Call> calls = new ArrayList<>();
        for (TicketView ticket : snapshot.calls()) {
            Call call = ticket.status().isAtWindow() ? Call.of(ticket, snapshot.at()) : null;
            if (call != null && calls.stream().noneMatch(c -> c.windowId() == call.windowId())) {
                calls.add(call); // the snapshot lists newest first: the first ticket per window is its current one
            }
        }
        calls.sort(CURRENT_ORDER);

        List<Call> recent = new ArrayList<>();
        for (TicketView ticket : snapshot.recent()) {
            Call call = Call.of(ticket, snapshot.at());
            if (call != null && recent.size() < recentLimit
                    && recent.stream().noneMatch(c -> c.ticketId().equals(call.ticketId()))) {
                recent.add(call);
            }
        }

        List<ServiceWaiting> waiting = snapshot.waiting().stream()
                .map(q -> new ServiceWaiting(q.service(), q.prefix(), q.name(), q.waiting(), Set.of(), q.estimatedWait()))
                .sorted(WAITING_ORDER)
                .toList();

        List<WindowView> windows = snapshot.windows().stream()
                .sorted(Comparator.comparingInt(WindowView::number))
                .toList();

        LocalizedText name = hall != null ? hall.name() : state.hallName();
        ZoneId zone = hall != null ? zoneOf(hall) : state.zone();
        return new BoardState(state.hall(), name, zone, state.status(), state.statusSince(), true,
                snapshot.lastEventId(), calls, recent, waiting, windows);
    }

    /**
     * The state after one event. Returns {@code state} itself when the event is not newer than the
     * state or belongs to another hall. Unknown event types only advance {@code lastEventId}.
     */
    public BoardState apply(BoardState state, HallEvent event) {
        if (event.id() <= state.lastEventId() || !state.hall().equals(event.hall())) {
            return state;
        }
        List<Call> calls = state.calls();
        List<Call> recent = state.recent();
        List<ServiceWaiting> waiting = state.waiting();
        List<WindowView> windows = state.windows();

        TicketView ticket = event.ticket();
        if (ticket != null) {
            calls = atWindows(calls, ticket, event.occurredAt());
            recent = lastCalls(recent, event, ticket);
            waiting = waiting(waiting, event, ticket);
        }
        WindowView window = event.window();
        if (window != null) {
            windows = windows(windows, window);
        }
        return new BoardState(state.hall(), state.hallName(), state.zone(), state.status(), state.statusSince(),
                state.loaded(), event.id(), calls, recent, waiting, windows);
    }

    /** Applies events in the order given; see {@link #apply}. */
    public BoardState applyAll(BoardState state, Iterable<HallEvent> events) {
        BoardState result = state;
        for (HallEvent event : events) {
            result = apply(result, event);
        }
        return result;
    }

    private static List<Call> atWindows(List<Call> calls, TicketView ticket, Instant occurredAt) {
        List<Call> next = new ArrayList<>(calls);
        next.removeIf(c -> c.ticketId().equals(ticket.id()));
        Call call = ticket.status().isAtWindow() ? Call.of(ticket, occurredAt) : null;
        if (call != null) {
            // A window holds one visitor at a time: a new call there replaces whatever it held.
            next.removeIf(c -> c.windowId() == call.windowId());
            next.add(call);
        }
        next.sort(CURRENT_ORDER);
        return next;
    }

    private List<Call> lastCalls(List<Call> recent, HallEvent event, TicketView ticket) {
        if (!HallEvent.TICKET_CALLED.equals(event.type()) && !HallEvent.TICKET_RECALLED.equals(event.type())) {
            return recent;
        }
        Call call = Call.of(ticket, event.occurredAt());
        if (call == null) {
            return recent;
        }
        List<Call> next = new ArrayList<>(recentLimit + 1);
        next.add(call);
        recent.stream()
                .filter(c -> !c.ticketId().equals(ticket.id()))
                .limit(recentLimit - 1L)
                .forEach(next::add);
        return next;
    }

    /**
     * A ticket that now waits joins its service's set (leaving any other: a transfer may change the
     * service). A ticket that no longer waits leaves its set; if it was in none, it was one of the
     * snapshot's uncounted waiters, provided the event is one that takes a ticket out of a queue.
     */
    private static List<ServiceWaiting> waiting(List<ServiceWaiting> waiting, HallEvent event, TicketView ticket) {
        Map<String, ServiceWaiting> byService = new LinkedHashMap<>();
        waiting.forEach(w -> byService.put(w.service(), w));
        boolean tracked = false;
        for (ServiceWaiting w : waiting) {
            if (w.tickets().contains(ticket.id())) {
                tracked = true;
                byService.put(w.service(), without(w, ticket.id()));
            }
        }
        if (ticket.status().isWaiting()) {
            ServiceWaiting own = byService.getOrDefault(ticket.service(), newService(ticket));
            Set<String> tickets = new HashSet<>(own.tickets());
            tickets.add(ticket.id());
            // A ticket newly issued to the back of its service's common queue carries the estimate a newcomer
            // gets now: the freshest one there is. A green-channel, appointment or targeted ticket goes ahead of
            // newcomers, so its own wait says nothing about theirs.
            Duration estimate = HallEvent.TICKET_ISSUED.equals(event.type()) && ticket.estimatedWait() != null
                    && waitsAsANewcomer(ticket)
                    ? ticket.estimatedWait()
                    : own.estimatedWait();
            byService.put(ticket.service(), new ServiceWaiting(own.service(), own.prefix(), own.name(),
                    own.baseline(), tickets, estimate));
        } else if (!tracked && leavesAQueue(event.type())) {
            ServiceWaiting own = byService.get(ticket.service());
            if (own != null) {
                byService.put(own.service(), new ServiceWaiting(own.service(), own.prefix(), own.name(),
                        own.baseline() - 1, own.tickets(), own.estimatedWait()));
            }
        }
        return byService.values().stream().sorted(WAITING_ORDER).toList();
    }

    private static boolean waitsAsANewcomer(TicketView ticket) {
        return ticket.priority() == Priority.NORMAL && ticket.channel() != Channel.APPOINTMENT
                && ticket.targetWindowId() == null;
    }

    private static boolean leavesAQueue(String type) {
        return HallEvent.TICKET_CALLED.equals(type) || HallEvent.TICKET_CANCELLED.equals(type);
    }

    private static ServiceWaiting without(ServiceWaiting w, String ticketId) {
        Set<String> tickets = new HashSet<>(w.tickets());
        tickets.remove(ticketId);
        return new ServiceWaiting(w.service(), w.prefix(), w.name(), w.baseline(), tickets, w.estimatedWait());
    }

    private static ServiceWaiting newService(TicketView ticket) {
        // Not in the snapshot (a service added since): the prefix is the number's leading letters.
        String prefix = ticket.number().replaceFirst("\\d+$", "");
        return new ServiceWaiting(ticket.service(), prefix, ticket.serviceName(), 0, Set.of());
    }

    private static List<WindowView> windows(List<WindowView> windows, WindowView window) {
        List<WindowView> next = new ArrayList<>(windows);
        next.removeIf(w -> w.id() == window.id());
        next.add(window);
        next.sort(Comparator.comparingInt(WindowView::number));
        return next;
    }

    private static @Nullable ZoneId zoneOf(HallView hall) {
        try {
            return ZoneId.of(Objects.requireNonNullElse(hall.timeZone(), ""));
        } catch (DateTimeException unknownZone) {
            return null;
        }
    }
}
