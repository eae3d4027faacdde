package org.openhall.queue.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.policy.CallPolicies;
import org.openhall.queue.policy.CallPolicy;
import org.openhall.queue.policy.WaitingTicket;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.openhall.queue.window.WindowOccupancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a window does with tickets: call the next one by the hall's policy, call a specific one,
 * recall, start, complete, mark no-show, requeue, cancel, transfer. Each change is one hall write
 * transaction that also appends its event, and a ticket is claimed with a conditional update, so
 * two windows calling at the same instant never get the same ticket. A ticket an action leaves
 * waiting (requeued, transferred) gets its full estimated wait played after that transaction has
 * committed ({@link #estimated}), so that no play of the hall's queue holds the hall's write.
 */
@Service
public class TicketDesk implements WindowOccupancy {

    private static final Logger log = LoggerFactory.getLogger(TicketDesk.class);

    private final TicketRepository tickets;
    private final TicketViews views;
    private final WindowDesk windows;
    private final HallCatalog catalog;
    private final HallTransactions transactions;
    private final EventLog events;
    private final HallWaits waits;
    private final Clock clock;

    TicketDesk(TicketRepository tickets, TicketViews views, WindowDesk windows, HallCatalog catalog,
            HallTransactions transactions, EventLog events, HallWaits waits, Clock clock) {
        this.tickets = tickets;
        this.views = views;
        this.waits = waits;
        this.windows = windows;
        this.catalog = catalog;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket as the API shows it, or a 404 problem {@code unknown-ticket}. */
    public TicketView ticket(String publicId) {
        return views.of(find(publicId), clock.instant());
    }

    /**
     * The hall's ticket with that number (case-insensitive, e.g. {@code A023}) on the hall's current
     * service day; an unknown hall is {@code unknown-hall}, no such ticket today {@code unknown-ticket}.
     */
    public TicketView ticketByNumber(String hall, String number) {
        var theHall = catalog.hall(hall);
        Instant now = clock.instant();
        String normalised = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z][0-9]{3,6}")) {
            throw QueueException.notFound("unknown-ticket", "There is no ticket " + number + " today.");
        }
        return tickets.findByNumber(hall, theHall.serviceDayAt(now), normalised)
                .map(t -> views.of(t, now))
                .orElseThrow(() -> QueueException.notFound("unknown-ticket", "There is no ticket " + normalised
                        + " in this hall today."));
    }

    /** The ticket a window holds now (called or being served), if any. */
    public Optional<TicketView> atWindow(long windowId) {
        return tickets.findAtWindow(windowId).map(t -> views.of(t, clock.instant()));
    }

    /**
     * The note the ticket's last transfer left for the clerk who takes it next, if any. For staff
     * screens only: the public API never shows it.
     */
    public Optional<String> transferNote(String publicId) {
        return Optional.ofNullable(find(publicId).note()).filter(n -> !n.isBlank());
    }

    /**
     * The tickets this window may call, in the order the hall's policy would call them now (the
     * first is what "call next" takes), at most {@code limit} of them.
     */
    public List<TicketView> queue(long windowId, int limit) {
        ServiceWindow window = windows.window(windowId);
        Instant now = clock.instant();
        CallPolicy policy = CallPolicies.byName(catalog.callPolicy(window.hall()));
        List<WaitingTicket> ranked = policy.rank(window.profile(),
                tickets.findCallable(window.hall(), window.weights().keySet(), windowId), now);
        TicketViews.Queues queues = views.new Queues(window.hall(), now);
        return ranked.stream()
                .limit(limit)
                .map(w -> tickets.findByPublicId(w.id()))
                .flatMap(Optional::stream)
                .map(t -> views.of(t, now, queues))
                .toList();
    }

    @Override
    public boolean holdsTicket(long windowId) {
        return tickets.findAtWindow(windowId).isPresent();
    }

    /**
     * Calls the ticket the hall's policy ranks first for this window and claims it; empty when no
     * ticket waits for the window. Refused when the window is not open or still holds a visitor.
     */
    public Optional<TicketView> callNext(long windowId) {
        String hall = windows.window(windowId).hall();
        return transactions.write(hall, () -> {
            ServiceWindow window = readyWindow(windowId);
            Instant now = clock.instant();
            CallPolicy policy = CallPolicies.byName(catalog.callPolicy(hall));
            List<WaitingTicket> callable = tickets.findCallable(hall, window.weights().keySet(), windowId);
            List<WaitingTicket> ranked = policy.rank(window.profile(), callable, now);
            if (ranked.isEmpty()) {
                return Optional.empty();
            }
            Ticket ticket = find(ranked.getFirst().id());
            return Optional.of(record(ticket, ticket.call(windowId, now), now));
        });
    }

    /** Calls a specific waiting ticket out of order (one the window serves, or transferred to it). */
    public TicketView call(long windowId, String publicId) {
        String hall = windows.window(windowId).hall();
        return transactions.write(hall, () -> {
            ServiceWindow window = readyWindow(windowId);
            Ticket ticket = find(publicId);
            if (!ticket.hall().equals(hall)) {
                throw QueueException.notFound("unknown-ticket", "There is no ticket " + publicId + " in this hall.");
            }
            if (!window.serves(ticket.service()) && !Long.valueOf(windowId).equals(ticket.targetWindowId())) {
                throw QueueException.conflict("service-not-served", "Window " + window.number()
                        + " does not serve the matter of ticket " + ticket.number() + ".");
            }
            Instant now = clock.instant();
            return record(ticket, ticket.call(windowId, now), now);
        });
    }

    public TicketView recall(String publicId) {
        return change(publicId, (t, now) -> t.recall(now));
    }

    public TicketView start(String publicId) {
        return change(publicId, (t, now) -> t.start(now));
    }

    public TicketView complete(String publicId) {
        return change(publicId, (t, now) -> t.complete(now));
    }

    public TicketView noShow(String publicId) {
        return change(publicId, (t, now) -> t.markNoShow(now));
    }

    public TicketView requeue(String publicId) {
        return change(publicId, (t, now) -> t.requeue(now));
    }

    public TicketView cancel(String publicId) {
        return change(publicId, (t, now) -> t.cancel(now));
    }

    /**
     * Sends a visitor at a window on to another service's queue or to another window of the hall; a
     * resident ID number in the note is kept masked.
     */
    public TicketView transfer(String publicId, TransferRequest request) {
        String service = blankToNull(request.service());
        String typed = blankToNull(request.note());
        if (typed != null && typed.length() > 500) {
            throw QueueException.badRequest("invalid-transfer", "A transfer note has at most 500 characters.");
        }
        String note = typed == null ? null : IdNumbers.maskIn(typed);
        return change(publicId, (t, now) -> {
            if (service != null) {
                catalog.service(t.hall(), service);
            }
            if (request.window() != null) {
                ServiceWindow target = windows.window(request.window());
                if (!target.hall().equals(t.hall())) {
                    throw QueueException.notFound("unknown-window", "There is no window " + request.window() + " in this hall.");
                }
            }
            return t.transfer(service, request.window(), note, now);
        });
    }

    private ServiceWindow readyWindow(long windowId) {
        ServiceWindow window = windows.window(windowId);
        window.requireOpen();
        tickets.findAtWindow(windowId).ifPresent(held -> {
            throw QueueException.conflict("window-busy", "Window " + window.number() + " still holds ticket "
                    + held.number() + "; complete it, transfer it or mark it no-show first.");
        });
        return window;
    }

    /**
     * The view a ticket action returned, with the full estimated wait of a waiting ticket played once the
     * action's write has committed: one play per hall at a time, shared by the writes committed before it
     * ({@link HallWaits#afterWrite}). A ticket that does not wait is returned as it is, with no play. Inside
     * a write still under way (an action done within a caller's write) the view is returned as the action
     * built it, with the people ahead counted and the estimate at hand ({@link HallWaits#atHand}): a play
     * cannot see the change before it commits, so the caller asks for this once its write has committed.
     */
    public TicketView estimated(TicketView written) {
        if (!written.status().isWaiting() || TransactionSynchronizationManager.isActualTransactionActive()) {
            return written;
        }
        try {
            HallWaits.AfterWrite played = waits.afterWrite(written.hall(), events.lastId(written.hall()), clock);
            // Not covered: the ticket left the queue before the play read it; it keeps the estimate at hand.
            return played.estimates().covers(written.id())
                    ? views.withEstimate(written, played.ticket(written.id()).orElse(null))
                    : written;
        } catch (RuntimeException e) {
            log.warn("Could not estimate the wait of ticket {} ({}) in hall {} after its write; it keeps the estimate"
                    + " at hand", written.number(), written.status(), written.hall(), e);
            return written;
        }
    }

    private TicketView change(String publicId, BiFunction<Ticket, Instant, String> action) {
        String hall = find(publicId).hall();
        return estimated(transactions.write(hall, () -> {
            Ticket ticket = find(publicId);
            Instant now = clock.instant();
            return record(ticket, action.apply(ticket, now), now);
        }));
    }

    /**
     * Saves the changed ticket and appends its event, with the ticket's view as the write sees it
     * ({@link TicketViews#written}): no play of the hall's queue runs inside the write.
     */
    private TicketView record(Ticket ticket, String eventType, Instant now) {
        tickets.update(ticket);
        Ticket saved = tickets.findById(ticket.id()).orElseThrow();
        TicketView view = views.written(saved, now);
        events.append(saved.hall(), eventType, now, view, null, saved.id());
        log.info("Ticket {} of hall {}: {} (window {})", saved.number(), saved.hall(), eventType, view.windowNumber());
        return view;
    }

    private Ticket find(String publicId) {
        if (publicId == null || !publicId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw QueueException.notFound("unknown-ticket", "There is no ticket " + publicId + ".");
        }
        return tickets.findByPublicId(publicId)
                .orElseThrow(() -> QueueException.notFound("unknown-ticket", "There is no ticket " + publicId + "."));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
