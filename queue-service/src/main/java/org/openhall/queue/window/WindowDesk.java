package org.openhall.queue.window;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Opens, pauses and closes windows; each change is recorded in the hall's event log. */
@Service
public class WindowDesk {

    private static final Logger log = LoggerFactory.getLogger(WindowDesk.class);

    private final WindowRepository windows;
    private final HallTransactions transactions;
    private final EventLog events;
    private final WindowOccupancy occupancy;
    private final Clock clock;

    WindowDesk(WindowRepository windows, HallTransactions transactions, EventLog events,
            @Lazy WindowOccupancy occupancy, Clock clock) {
        this.windows = windows;
        this.transactions = transactions;
        this.events = events;
        this.occupancy = occupancy;
        this.clock = clock;
    }

    /** The window, or a 404 problem {@code unknown-window}. */
    public ServiceWindow window(long id) {
        return windows.find(id).orElseThrow(() -> QueueException.notFound("unknown-window",
                "There is no window with id " + id + "."));
    }

    /** The number of a window (null if it does not exist), without loading the window. */
    public @Nullable Integer number(long id) {
        return windows.number(id);
    }

    /** How many of the hall's windows are open and serve the service. */
    public int openWindowsServing(String hall, String service) {
        return windows.countOpenServing(hall, service);
    }

    public List<ServiceWindow> windows(String hall) {
        return windows.findByHall(hall);
    }

    /** Opens (or resumes) the window; the clerk already seated there, if any, stays. */
    public WindowView open(long id) {
        return open(id, null);
    }

    /**
     * Opens (or resumes) the window with a clerk: the staff member given takes the window, or, when
     * none is given, the clerk already seated there stays. Refused with a 404
     * {@code unknown-staff-member} for no such active staff member, and a 409
     * {@code clerk-at-another-window} while they are seated at another window.
     */
    public WindowView open(long id, @Nullable Long clerkId) {
        return change(id, HallEvent.WINDOW_OPENED, (window, now) -> {
            WindowView.Clerk clerk = null;
            if (clerkId != null) {
                clerk = windows.findClerk(clerkId).orElseThrow(() -> QueueException.notFound("unknown-staff-member",
                        "There is no active staff member with id " + clerkId + "."));
                WindowRepository.Seat seat = windows.seatOf(clerkId).orElse(null);
                if (seat != null && seat.windowId() != window.id()) {
                    throw QueueException.conflict("clerk-at-another-window", clerk.name() + " is seated at window "
                            + seat.number() + " of hall " + seat.hall() + "; close that window first.");
                }
            }
            window.open(now, clerkId, clerk);
        });
    }

    /**
     * Seats a staff member at the window: a closed window opens with them, an open or paused one
     * keeps its state and visitor. Someone else seated there is replaced only with {@code takeOver};
     * otherwise refused with a 409 {@code window-taken}. Refused with a 409
     * {@code clerk-at-another-window} while the staff member sits at another window (they leave
     * that one first), and a 404 {@code unknown-staff-member} for no such active staff member.
     * Taking a window one already sits at changes nothing.
     */
    public Seating take(long id, long clerkId, boolean takeOver) {
        String hall = window(id).hall();
        return transactions.write(hall, () -> {
            ServiceWindow window = window(id);
            WindowView.Clerk clerk = windows.findClerk(clerkId).orElseThrow(() -> QueueException.notFound(
                    "unknown-staff-member", "There is no active staff member with id " + clerkId + "."));
            WindowRepository.Seat seat = windows.seatOf(clerkId).orElse(null);
            if (seat != null && seat.windowId() != window.id()) {
                throw QueueException.conflict("clerk-at-another-window", clerk.name() + " is seated at window "
                        + seat.number() + " of hall " + seat.hall() + "; close that window first.");
            }
            Long previousId = window.clerkId();
            WindowView.Clerk previous = window.clerk();
            if (previousId != null && previousId == clerkId) {
                return new Seating(window.toView(), null, null);
            }
            if (previousId != null && !takeOver) {
                throw QueueException.conflict("window-taken", "Window " + window.number() + " is taken by "
                        + (previous == null ? "another clerk" : previous.name() + " (" + previous.badge() + ")") + ".");
            }
            Instant now = clock.instant();
            String eventType;
            if (window.state() == WindowState.CLOSED) {
                window.open(now, clerkId, clerk);
                eventType = HallEvent.WINDOW_OPENED;
            } else {
                window.seat(clerkId, clerk);
                eventType = window.state() == WindowState.OPEN ? HallEvent.WINDOW_OPENED : HallEvent.WINDOW_PAUSED;
            }
            windows.updateState(window);
            WindowView view = window.toView();
            events.append(hall, eventType, now, null, view, null);
            log.info("Window {} of hall {}: {} seated{}", window.number(), hall, clerk.name(),
                    previous == null ? "" : " in place of " + previous.name());
            return new Seating(view, previousId, previous);
        });
    }

    /**
     * A staff member seated at a window.
     *
     * @param window     the window afterwards
     * @param previousId the staff member who sat there before and was replaced, if any
     * @param previous   their name and badge
     */
    public record Seating(WindowView window, @Nullable Long previousId, WindowView.@Nullable Clerk previous) {
    }

    public WindowView pause(long id, String reason) {
        return change(id, HallEvent.WINDOW_PAUSED, (window, now) -> window.pause(reason, now));
    }

    /**
     * Closes the window and unseats its clerk; refused while it holds a visitor (complete, transfer
     * or mark no-show first).
     */
    public WindowView close(long id) {
        return change(id, HallEvent.WINDOW_CLOSED, (window, now) -> {
            if (occupancy.holdsTicket(window.id())) {
                throw QueueException.conflict("window-busy", "Window " + window.number()
                        + " still holds a visitor; complete, transfer or mark the ticket no-show first.");
            }
            window.close(now);
        });
    }

    /** Adds a window to a hall (closed until a clerk opens it); used by the seed and administration. */
    public long create(String hall, int number, LocalizedText label, Map<String, Double> weights,
            boolean priorityOnly, boolean normalOnly) {
        return create(hall, new WindowSettings(number, label, weights, priorityOnly, normalOnly));
    }

    /**
     * Adds a closed window to a hall; returns its id. Refused with a 409 {@code window-number-taken}
     * when the hall has a window with that number, and a 400 {@code invalid-window} when it would
     * serve a service the hall does not have.
     */
    public long create(String hall, WindowSettings settings) {
        return transactions.write(hall, () -> {
            requireNumberFree(hall, settings.number(), null);
            try {
                return windows.insert(hall, settings.number(), settings.label(), settings.weights(),
                        settings.priorityOnly(), settings.normalOnly());
            } catch (DataIntegrityViolationException e) {
                throw refused(hall, settings, e);
            }
        });
    }

    /**
     * Changes a window's number, label, services and weights, and restrictions; its state and clerk
     * stay. The change is in the hall's event log (as the window's current state), so boards and
     * consoles see the new services at once. Refused like {@link #create(String, WindowSettings)}.
     */
    public WindowView update(long id, WindowSettings settings) {
        String hall = window(id).hall();
        return transactions.write(hall, () -> {
            ServiceWindow window = window(id);
            requireNumberFree(hall, settings.number(), id);
            try {
                windows.updateSettings(window, settings);
            } catch (DataIntegrityViolationException e) {
                throw refused(hall, settings, e);
            }
            WindowView view = window(id).toView();
            String type = switch (view.state()) {
                case OPEN -> HallEvent.WINDOW_OPENED;
                case PAUSED -> HallEvent.WINDOW_PAUSED;
                case CLOSED -> HallEvent.WINDOW_CLOSED;
            };
            events.append(hall, type, clock.instant(), null, view, null);
            log.info("Window {} of hall {}: settings changed (services {})", view.number(), hall, settings.weights());
            return view;
        });
    }

    private void requireNumberFree(String hall, int number, @Nullable Long except) {
        windows.idOfNumber(hall, number).filter(other -> !other.equals(except)).ifPresent(other -> {
            throw numberTaken(hall, number);
        });
    }

    private static QueueException numberTaken(String hall, int number) {
        return QueueException.conflict("window-number-taken", "Hall '" + hall + "' already has a window " + number + ".");
    }

    private static QueueException refused(String hall, WindowSettings settings, DataIntegrityViolationException e) {
        if (e instanceof DuplicateKeyException) {
            return numberTaken(hall, settings.number());
        }
        return QueueException.badRequest("invalid-window", "Window " + settings.number()
                + " would serve a service hall '" + hall + "' does not have: " + settings.weights().keySet() + ".");
    }

    private WindowView change(long id, String eventType, Change change) {
        String hall = window(id).hall();
        return transactions.write(hall, () -> {
            ServiceWindow window = window(id);
            Instant now = clock.instant();
            change.apply(window, now);
            windows.updateState(window);
            WindowView view = window.toView();
            events.append(hall, eventType, now, null, view, null);
            log.info("Window {} of hall {}: {}", window.number(), hall, eventType);
            return view;
        });
    }

    private interface Change {
        void apply(ServiceWindow window, Instant now);
    }
}
