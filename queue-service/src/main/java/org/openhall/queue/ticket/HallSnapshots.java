package org.openhall.queue.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.TicketView;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.window.ServiceWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hall's current state, read in one consistent database snapshot together with the id of the
 * last event it includes, so a client that streams events after that id continues exactly.
 */
@Service
public class HallSnapshots {

    private static final int RECENT_CALLS = 20;

    private final HallCatalog catalog;
    private final EventLog events;
    private final TicketRepository tickets;
    private final TicketViews views;
    private final Clock clock;

    HallSnapshots(HallCatalog catalog, EventLog events, TicketRepository tickets, TicketViews views, Clock clock) {
        this.catalog = catalog;
        this.events = events;
        this.tickets = tickets;
        this.views = views;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public HallSnapshot snapshot(String hallCode) {
        // The first read fixes the transaction's snapshot: the event id and every row below agree.
        long lastEventId = events.lastId(hallCode);
        Hall hall = catalog.hall(hallCode);
        Instant now = clock.instant();
        TicketViews.Queues queues = views.new Queues(hallCode, now);
        List<TicketView> calls = tickets.findAtWindows(hallCode).stream().map(t -> views.of(t, now, queues)).toList();
        List<TicketView> recent = tickets.findRecentlyCalled(hallCode, hall.serviceDayAt(now), RECENT_CALLS).stream()
                .map(t -> views.of(t, now, queues)).toList();
        List<HallSnapshot.ServiceQueue> waiting = queues.services().values().stream()
                .filter(ServiceDefinition::active)
                .sorted(Comparator.comparingInt(ServiceDefinition::sortOrder).thenComparing(ServiceDefinition::prefix))
                .map(s -> {
                    int count = queues.waitingFor(s.code());
                    Duration longest = queues.waiting().stream().filter(t -> t.service().equals(s.code()))
                            .map(t -> Duration.between(t.waitingSince(), now)).max(Comparator.naturalOrder())
                            .map(d -> d.withNanos(0)).orElse(null);
                    return new HallSnapshot.ServiceQueue(s.code(), s.prefix(), s.name(), count, longest,
                            queues.newcomerEstimate(s.code()));
                })
                .toList();
        return new HallSnapshot(hallCode, lastEventId, now, calls, recent, waiting,
                queues.windows().stream().map(ServiceWindow::toView).toList());
    }
}
