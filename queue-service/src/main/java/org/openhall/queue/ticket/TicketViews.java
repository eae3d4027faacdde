package org.openhall.queue.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.TicketView;
import org.openhall.queue.QueueProperties;
import org.openhall.queue.estimate.WaitEstimates;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.stereotype.Component;

/**
 * Turns tickets into what the API shows: names, window numbers, and for a waiting ticket the
 * people ahead of it in its service's queue and its estimated wait ({@link HallWaits}).
 */
@Component
class TicketViews {

    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final TicketRepository tickets;
    private final HallWaits waits;
    private final QueueProperties properties;

    TicketViews(HallCatalog catalog, WindowDesk windows, TicketRepository tickets, HallWaits waits,
            QueueProperties properties) {
        this.catalog = catalog;
        this.windows = windows;
        this.tickets = tickets;
        this.waits = waits;
        this.properties = properties;
    }

    /** The ticket as the API shows it, with position and estimate computed from the hall's queues now. */
    TicketView of(Ticket ticket, Instant now) {
        return of(ticket, () -> waits.covering(ticket.hall(), ticket.publicId(), now).ticket(ticket.publicId(), now));
    }

    /**
     * A ticket just issued or changed by a window's action, as its event shows it, built inside the hall's
     * write without a play: a waiting ticket with the people ahead of it counted now and the estimate
     * {@link HallWaits#atHand} gives, if any.
     */
    TicketView written(Ticket ticket, Instant now) {
        return of(ticket, () -> waits.atHand(ticket, now));
    }

    /** The ticket with, if it waits, the people ahead of it counted now and the estimate given; no estimate otherwise. */
    private TicketView of(Ticket ticket, Supplier<Optional<Duration>> estimateIfWaiting) {
        Integer position = null;
        Duration estimate = null;
        if (ticket.status().isWaiting()) {
            position = tickets.countAhead(ticket);
            estimate = estimateIfWaiting.get().orElse(null);
        }
        Long windowId = ticket.windowId();
        Integer windowNumber = windowId == null ? null : windows.number(windowId);
        return view(ticket, catalog.serviceName(ticket.hall(), ticket.service()), position, estimate, windowNumber);
    }

    /** The same view of a ticket with another estimated wait. */
    TicketView withEstimate(TicketView view, @Nullable Duration estimate) {
        return new TicketView(view.id(), view.hall(), view.number(), view.serviceDay(), view.service(),
                view.serviceName(), view.channel(), view.priority(), view.status(), view.position(), estimate,
                view.statusUrl(), view.issuedAt(), view.calledAt(), view.startedAt(), view.endedAt(), view.windowId(),
                view.windowNumber(), view.targetWindowId(), view.callCount(), view.holder());
    }

    private TicketView view(Ticket ticket, LocalizedText serviceName, @Nullable Integer position,
            @Nullable Duration estimate, @Nullable Integer windowNumber) {
        return new TicketView(ticket.publicId(), ticket.hall(), ticket.number(), ticket.serviceDay(), ticket.service(),
                serviceName, ticket.channel(), ticket.priority(), ticket.status(), position,
                estimate, properties.baseUrl() + "/t/" + ticket.publicId(), ticket.issuedAt(), ticket.calledAt(),
                ticket.startedAt(), ticket.endedAt(), ticket.windowId(), windowNumber, ticket.targetWindowId(),
                ticket.callCount(), ticket.holder());
    }

    TicketView of(Ticket ticket, Instant now, Queues queues) {
        Integer position = null;
        Duration estimate = null;
        if (ticket.status().isWaiting()) {
            position = queues.ahead(ticket);
            estimate = queues.estimates().ticket(ticket.publicId(), now).orElse(null);
        }
        Integer windowNumber = ticket.windowId() == null ? null : queues.windowNumber(ticket.windowId());
        return view(ticket, queues.serviceName(ticket.service()), position, estimate, windowNumber);
    }

    /** The hall's queues at one moment, read once and shared by every view built from them. */
    final class Queues {

        private final String hall;
        private final Instant now;
        private final List<Ticket> waiting;
        private final List<ServiceWindow> hallWindows;
        private final Map<String, ServiceDefinition> services = new HashMap<>();
        private @Nullable WaitEstimates estimates;

        Queues(String hall, Instant now) {
            this.hall = hall;
            this.now = now;
            this.waiting = tickets.findWaiting(hall);
            this.hallWindows = windows.windows(hall);
            catalog.services(hall).forEach(s -> services.put(s.code(), s));
        }

        List<Ticket> waiting() {
            return waiting;
        }

        /**
         * People ahead in the ticket's queue: tickets of its service in a higher priority class, or
         * in the same class waiting longer. Tickets reserved for a window are counted only there.
         */
        int ahead(Ticket ticket) {
            int rank = TicketRepository.rank(ticket.priority());
            int count = 0;
            for (Ticket other : waiting) {
                if (other.id() != null && other.id().equals(ticket.id())) {
                    continue;
                }
                boolean sameQueue = ticket.targetWindowId() != null
                        ? ticket.targetWindowId().equals(other.targetWindowId())
                        : other.targetWindowId() == null && other.service().equals(ticket.service());
                if (!sameQueue) {
                    continue;
                }
                int otherRank = TicketRepository.rank(other.priority());
                if (otherRank > rank || otherRank == rank && (other.waitingSince().isBefore(ticket.waitingSince())
                        || other.waitingSince().equals(ticket.waitingSince()) && other.id() < ticket.id())) {
                    count++;
                }
            }
            return count;
        }

        /** How many wait in the service's queue. */
        int waitingFor(String service) {
            return (int) waiting.stream().filter(t -> t.service().equals(service) && t.targetWindowId() == null).count();
        }

        /** The estimated wait of a normal ticket of the service taken now; null when no window serves it. */
        @Nullable Duration newcomerEstimate(String service) {
            return estimates().newcomer(service, now).orElse(null);
        }

        /** Every waiting ticket's estimate, played once for all the views built from these queues. */
        WaitEstimates estimates() {
            if (estimates == null) {
                estimates = waits.estimate(hall, now, waiting, hallWindows, tickets.findAtWindows(hall));
            }
            return estimates;
        }

        LocalizedText serviceName(String service) {
            ServiceDefinition definition = services.get(service);
            return definition == null ? new LocalizedText(service, service) : definition.name();
        }

        @Nullable Integer windowNumber(long windowId) {
            return hallWindows.stream().filter(w -> w.id() == windowId).map(ServiceWindow::number).findFirst()
                    .orElse(null);
        }

        Map<String, ServiceDefinition> services() {
            return services;
        }

        List<ServiceWindow> windows() {
            return hallWindows;
        }
    }

}
