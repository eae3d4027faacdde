package org.openhall.queue.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.WindowView;
import org.openhall.queue.estimate.ServiceTimes;
import org.openhall.queue.estimate.WaitEstimates;
import org.openhall.queue.estimate.WaitEstimator;
import org.openhall.queue.estimate.WindowNow;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.policy.CallPolicies;
import org.openhall.queue.policy.WaitingTicket;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hall's wait estimates now: its waiting tickets, windows and visits in progress, read from the
 * database and played forward by the {@link WaitEstimator} with the hall's call policy and the service
 * times learned from its visits of the last week. An estimate is reused while the hall's event log has
 * not moved (nothing changed but the time) for at most {@link #REUSE}, and learned service times for
 * {@link #LEARNED_TTL}.
 *
 * <p>No write that leaves a ticket waiting (an issue of any priority, a requeue, a transfer) plays inside
 * the hall's write: the ticket's event carries the estimate of the hall's latest play when one at hand
 * stands for it, and none otherwise ({@link #atHand}); once the write has committed, one play per hall at
 * a time covers it and every write committed before that play read the hall ({@link #afterWrite}), and
 * gives the ticket's full estimate. {@link WaitsRefresh} plays a quiet hall again now and then, so that an
 * estimate at hand stays fresh there too.
 */
@Component
class HallWaits {

    /** What a visit is taken to last in a hall that has finished none in the last week. */
    static final Duration DEFAULT_SERVICE_TIME = Duration.ofMinutes(5);
    static final Duration HISTORY = Duration.ofDays(7);
    static final int RECENT_VISITS = 50;
    private static final Duration LEARNED_TTL = Duration.ofMinutes(1);
    private static final Duration REUSE = Duration.ofSeconds(30);

    private final TicketRepository tickets;
    private final WindowDesk windows;
    private final HallCatalog catalog;
    private final EventLog events;
    private final Map<String, Learned> learned = new ConcurrentHashMap<>();
    private final Map<String, Estimated> estimated = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> playing = new ConcurrentHashMap<>();

    private final TransactionTemplate snapshot;

    HallWaits(TicketRepository tickets, WindowDesk windows, HallCatalog catalog, EventLog events,
            PlatformTransactionManager transactionManager) {
        this.tickets = tickets;
        this.windows = windows;
        this.catalog = catalog;
        this.events = events;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** The hall's estimates now, covering the waiting ticket with that public id. */
    WaitEstimates covering(String hall, String publicId, Instant now) {
        long lastEvent = events.lastId(hall);
        Estimated cached = estimated.get(hall);
        if (cached != null && cached.lastEvent() == lastEvent && cached.estimates().covers(publicId)
                && !now.isBefore(cached.estimates().at()) && now.isBefore(cached.estimates().at().plus(REUSE))) {
            return cached.estimates();
        }
        return playNow(hall, now);
    }

    /**
     * The estimate a ticket just issued, or put back in a queue by a window, shows in its event, taken inside
     * the hall's write without a play: for a normal ticket waiting at the back of its service's common queue,
     * the newcomer's estimate of the hall's latest play if that play is less than {@link #REUSE} old (it does
     * not count the tickets issued since, so it may be a little short); none otherwise. A green-channel,
     * appointment or window-targeted ticket goes ahead of newcomers, and a transferred one keeps its place in
     * its new queue, so no earlier play knows their wait; nor does any when the latest play is older. Their
     * full estimate comes from {@link #afterWrite}.
     */
    Optional<Duration> atHand(Ticket ticket, Instant now) {
        if (ticket.status() != TicketStatus.WAITING) {
            return Optional.empty();
        }
        return latestForNewcomer(ticket, now).flatMap(latest -> latest.newcomer(ticket.service(), now));
    }

    /** The hall's latest play if it is fresh and its newcomer of the ticket's service stands for the ticket. */
    private Optional<WaitEstimates> latestForNewcomer(Ticket ticket, Instant now) {
        Estimated latest = estimated.get(ticket.hall());
        if (latest != null && ticket.priority() == Priority.NORMAL && ticket.targetWindowId() == null
                && ticket.appointmentAt() == null && fresh(latest.estimates(), now)) {
            return Optional.of(latest.estimates());
        }
        return Optional.empty();
    }

    /**
     * The hall's estimates once a write of the caller's has committed, and the moment they are read for.
     * A play of the hall as it stood once that write had committed (its snapshot holds {@code event}, and
     * it is less than {@link #REUSE} old) is shared; otherwise one play is made from the hall's state now. One play per hall runs at a time, so writes committed together wait for one play
     * instead of each making its own. Must run outside the write's transaction, once it has committed, or
     * the play cannot see it.
     *
     * @param event the id of the event the caller's write appended, or of any event committed after it
     */
    AfterWrite afterWrite(String hall, long event, Clock clock) {
        ReentrantLock lock = playing.computeIfAbsent(hall, h -> new ReentrantLock());
        lock.lock();
        try {
            Instant now = clock.instant();
            Estimated cached = estimated.get(hall);
            if (cached != null && cached.lastEvent() >= event && fresh(cached.estimates(), now)) {
                return new AfterWrite(cached.estimates(), now);
            }
            return new AfterWrite(playNow(hall, now), now);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Plays the hall again if its latest play is at least {@code age} old, or there is none, so that the
     * estimate at hand ({@link #atHand}) stays fresh while the hall is quiet; does nothing while another
     * play of the hall runs ({@link #afterWrite}'s), which will be fresh. Must run outside any write.
     */
    void refresh(String hall, Duration age, Clock clock) {
        ReentrantLock lock = playing.computeIfAbsent(hall, h -> new ReentrantLock());
        if (!lock.tryLock()) {
            return;
        }
        try {
            Instant now = clock.instant();
            Estimated latest = estimated.get(hall);
            if (latest == null || now.isBefore(latest.estimates().at())
                    || !now.isBefore(latest.estimates().at().plus(age))) {
                playNow(hall, now);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Estimates, and the moment after they were made that a ticket's wait is read for. */
    record AfterWrite(WaitEstimates estimates, Instant now) {

        Optional<Duration> ticket(String publicId) {
            return estimates.ticket(publicId, now);
        }
    }

    /**
     * Plays the hall as it is now and keeps the play as the hall's latest, with the id of the hall's last
     * event as of the very state it read: the tickets, windows and that id are read in one snapshot, so
     * a write is known to be in the play exactly when its event's id is not above it.
     */
    private WaitEstimates playNow(String hall, Instant now) {
        Read read = Objects.requireNonNull(snapshot.execute(status -> {
            // The tickets are read first: the snapshot is taken then, and the event id is read from it.
            List<WaitingTicket> waiting = tickets.findWaitingToCall(hall);
            return new Read(events.lastId(hall), waiting, windows.windows(hall), tickets.findAtWindows(hall));
        }));
        WaitEstimates estimates = play(hall, now, read.waiting(), read.windows(), read.atWindows());
        estimated.put(hall, new Estimated(read.lastEvent(), estimates));
        return estimates;
    }

    private record Read(long lastEvent, List<WaitingTicket> waiting, List<ServiceWindow> windows,
            List<Ticket> atWindows) {
    }

    private static boolean fresh(WaitEstimates estimates, Instant now) {
        return !now.isBefore(estimates.at()) && now.isBefore(estimates.at().plus(REUSE));
    }

    /** Estimates from the hall's state as already read: every waiting ticket and a newcomer of each active service. */
    WaitEstimates estimate(String hall, Instant now, List<Ticket> waiting, List<ServiceWindow> hallWindows,
            List<Ticket> atWindows) {
        return play(hall, now, waiting.stream().map(HallWaits::waiting).toList(), hallWindows, atWindows);
    }

    private WaitEstimates play(String hall, Instant now, List<WaitingTicket> waiting, List<ServiceWindow> hallWindows,
            List<Ticket> atWindows) {
        Map<Long, Ticket> held = new HashMap<>();
        atWindows.forEach(t -> {
            if (t.windowId() != null) {
                held.put(t.windowId(), t);
            }
        });
        List<WindowNow> windowsNow = hallWindows.stream().map(w -> {
            Ticket ticket = held.get(w.id());
            WindowView view = w.toView();
            Instant calledAt = ticket == null ? null : ticket.calledAt();
            return new WindowNow(w.profile(), w.state(), view.stateSince(), calledAt == null ? null : ticket.service(),
                    calledAt);
        }).toList();
        List<String> services = catalog.services(hall).stream().filter(ServiceDefinition::active)
                .map(ServiceDefinition::code).toList();
        var estimator = new WaitEstimator(CallPolicies.byName(catalog.callPolicy(hall)));
        return estimator.estimate(now, waiting, windowsNow,
                serviceTimes(hall, now), services);
    }

    /** The hall's service times learned from its recent visits, relearned at most once a minute. */
    ServiceTimes serviceTimes(String hall, Instant now) {
        Learned cached = learned.get(hall);
        if (cached != null && !now.isBefore(cached.at()) && now.isBefore(cached.at().plus(LEARNED_TTL))) {
            return cached.times();
        }
        ServiceTimes times = ServiceTimes.learn(tickets.recentVisits(hall, now.minus(HISTORY), RECENT_VISITS),
                DEFAULT_SERVICE_TIME);
        learned.put(hall, new Learned(now, times));
        return times;
    }

    /** A ticket as the call policy sees it, as {@link TicketRepository#findCallable} reads it. */
    static WaitingTicket waiting(Ticket t) {
        return new WaitingTicket(t.publicId(), t.service(), t.priority(), t.waitingSince(), t.id(), t.targetWindowId(),
                t.appointmentAt());
    }

    private record Learned(Instant at, ServiceTimes times) {
    }

    private record Estimated(long lastEvent, WaitEstimates estimates) {
    }

}
