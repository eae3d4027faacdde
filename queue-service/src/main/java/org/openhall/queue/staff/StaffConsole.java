package org.openhall.queue.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the signed-in clerk does at a window, checked on the server: every action needs a signed-in
 * staff member seated at that window (checked inside the action's transaction, so a take-over in
 * between is seen), and every action, done or refused, is audited; a done action's audit row
 * commits with it. A ticket an action leaves waiting gets its full estimated wait once that write
 * has committed ({@link TicketDesk#estimated}), not while it holds the hall.
 */
@Service
public class StaffConsole {

    /** The code of the refusal when the clerk is not (or no longer) seated at the window. */
    public static final String NOT_SEATED = "not-seated-at-window";

    private final CurrentStaff staff;
    private final TicketDesk desk;
    private final WindowDesk windows;
    private final HallTransactions transactions;
    private final AuditLog audit;
    private final VisitRecords visits;

    StaffConsole(CurrentStaff staff, TicketDesk desk, WindowDesk windows, HallTransactions transactions, AuditLog audit,
            VisitRecords visits) {
        this.visits = visits;
        this.staff = staff;
        this.desk = desk;
        this.windows = windows;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Sits the clerk at the window (opening it if closed). Refused with {@code window-taken} while
     * another clerk sits there, unless {@code takeOver}: then that clerk is replaced, and their
     * console is refused from their next action on.
     */
    public WindowView take(long windowId, boolean takeOver) {
        StaffMember me = me();
        ServiceWindow before = windows.window(windowId);
        AuditAction action = takeOver && before.clerkId() != null && !Objects.equals(before.clerkId(), me.id())
                ? AuditAction.WINDOW_TAKE_OVER : AuditAction.WINDOW_TAKE;
        return audited(me, action, before.hall(), AuditEvent.Target.window(windowId), () -> {
            WindowDesk.Seating seating = windows.take(windowId, me.id(), takeOver);
            String detail = "window " + before.number()
                    + (seating.previous() == null ? "" : ", taken over from " + seating.previous().name() + " ("
                            + seating.previous().badge() + ")");
            return new Done<>(seating.window(), detail);
        });
    }

    /** Opens (resumes) the clerk's paused window. */
    public WindowView open(long windowId) {
        return atWindow(windowId, AuditAction.WINDOW_OPEN, AuditEvent.Target.window(windowId),
                window -> new Done<>(windows.open(windowId, staff.member().map(StaffMember::id).orElse(null)),
                        "window " + window.number()));
    }

    public WindowView pause(long windowId, String reason) {
        return atWindow(windowId, AuditAction.WINDOW_PAUSE, AuditEvent.Target.window(windowId),
                window -> new Done<>(windows.pause(windowId, reason), "window " + window.number() + ": " + reason));
    }

    /** Closes the window, which also unseats the clerk. */
    public WindowView close(long windowId) {
        return atWindow(windowId, AuditAction.WINDOW_CLOSE, AuditEvent.Target.window(windowId),
                window -> new Done<>(windows.close(windowId), "window " + window.number()));
    }

    public Optional<TicketView> callNext(long windowId) {
        return atWindow(windowId, AuditAction.CALL_NEXT, AuditEvent.Target.window(windowId), window -> {
            Optional<TicketView> called = desk.callNext(windowId);
            return new Done<>(called, called.map(t -> "called " + t.number() + " (" + t.id() + ")")
                    .orElse("nobody waiting") + " at window " + window.number());
        });
    }

    /** Calls a specific waiting ticket out of order. */
    public TicketView call(long windowId, String ticketId) {
        return atWindow(windowId, AuditAction.CALL, AuditEvent.Target.ticket(ticketId), window -> {
            TicketView called = desk.call(windowId, ticketId);
            return new Done<>(called, "called " + called.number() + " at window " + window.number());
        });
    }

    public TicketView recall(long windowId) {
        return onHeld(windowId, AuditAction.RECALL, desk::recall);
    }

    public TicketView start(long windowId) {
        return onHeld(windowId, AuditAction.START, desk::start);
    }

    public TicketView complete(long windowId) {
        return onHeld(windowId, AuditAction.COMPLETE, desk::complete);
    }

    public TicketView noShow(long windowId) {
        return onHeld(windowId, AuditAction.NO_SHOW, desk::noShow);
    }

    public TicketView transfer(long windowId, TransferRequest request) {
        String to = request.service() != null ? "to matter " + request.service()
                : request.window() != null ? "to window id " + request.window() : "";
        // The audit is kept for good: an ID number typed into the note is recorded masked, like the note itself.
        return desk.estimated(onHeld(windowId, AuditAction.TRANSFER, id -> desk.transfer(id, request), " " + to
                + (request.note() == null || request.note().isBlank() ? "" : ", note: " + IdNumbers.maskIn(request.note()))));
    }

    /** The visit the window holds: its materials checklist, the clerk's note, its pre-application. */
    public Optional<VisitRecords.Visit> visit(long windowId) {
        StaffMember me = me();
        seated(me, windowId);
        return desk.atWindow(windowId).map(visits::visit);
    }

    /** Marks a material of the held visitor's checklist received or missing. */
    public VisitRecords.Visit markMaterial(long windowId, String material, VisitRecords.State state) {
        return atWindow(windowId, AuditAction.MATERIAL_CHECK, AuditEvent.Target.window(windowId), window -> {
            TicketView held = held(window);
            visits.mark(held, material, state, me().id());
            return new Done<>(visits.visit(held), held.number() + ": " + material + " " + state,
                    AuditEvent.Target.ticket(held.id()));
        });
    }

    /** Saves the clerk's note on the held visit (the audit says that it changed, not what it says). */
    public String saveNote(long windowId, String note) {
        return atWindow(windowId, AuditAction.VISIT_NOTE, AuditEvent.Target.window(windowId), window -> {
            TicketView held = held(window);
            String saved = visits.saveNote(held, note, me().id());
            return new Done<>(saved, held.number() + ": note of " + saved.length() + " characters",
                    AuditEvent.Target.ticket(held.id()));
        });
    }

    private TicketView held(ServiceWindow window) {
        return desk.atWindow(window.id()).orElseThrow(() -> QueueException.conflict("no-visitor",
                "Window " + window.number() + " holds no visitor."));
    }

    /** Puts a ticket this window marked no-show back in the queue. */
    public TicketView requeue(long windowId, String ticketId) {
        return desk.estimated(onTicketOfHall(windowId, ticketId, AuditAction.REQUEUE, desk::requeue));
    }

    /** Cancels a waiting ticket of the window's hall (the visitor left). */
    public TicketView cancel(long windowId, String ticketId) {
        return onTicketOfHall(windowId, ticketId, AuditAction.CANCEL, desk::cancel);
    }

    /**
     * A ticket action sent over the API, naming the ticket rather than the window. Done at the window
     * that holds (or last held) the ticket, where the clerk must be seated; a requeue or cancel, and
     * an action on a ticket no window has held, at the clerk's own window in the ticket's hall.
     * A manager or admin may requeue or cancel without a window. Refused with {@link #NOT_SEATED}
     * otherwise; the ticket's own state decides the rest.
     */
    public TicketView onTicket(String ticketId, AuditAction action, Function<String, TicketView> change) {
        StaffMember me = me();
        TicketView ticket = desk.ticket(ticketId);
        Long windowId = action == AuditAction.REQUEUE || action == AuditAction.CANCEL ? null : ticket.windowId();
        if (windowId == null) {
            Optional<Long> mine = windows.windows(ticket.hall()).stream()
                    .filter(w -> Objects.equals(w.clerkId(), me.id()))
                    .map(ServiceWindow::id)
                    .findFirst();
            if (mine.isEmpty() && me.role() != StaffRole.STAFF
                    && (action == AuditAction.REQUEUE || action == AuditAction.CANCEL)) {
                // A manager looks after the whole hall: puts back or cancels a ticket without sitting at a window.
                return desk.estimated(audited(me, action, ticket.hall(), AuditEvent.Target.ticket(ticketId),
                        () -> new Done<>(change.apply(ticketId), ticket.number() + " by the hall's " + me.role())));
            }
            windowId = mine.orElseThrow(() -> {
                        QueueException refused = new QueueException(HttpStatus.FORBIDDEN, NOT_SEATED,
                                "You are not seated at a window of this hall.");
                        audit.record(actor(me), action, ticket.hall(), AuditEvent.Target.ticket(ticketId),
                                "refused (" + refused.code() + "): " + refused.getMessage(), staff.remoteAddress());
                        return refused;
                    });
        }
        return desk.estimated(atWindow(windowId, action, AuditEvent.Target.ticket(ticketId), window -> {
            TicketView after = change.apply(ticketId);
            return new Done<>(after, ticket.number() + " at window " + window.number());
        }));
    }

    private TicketView onHeld(long windowId, AuditAction action, Function<String, TicketView> change) {
        return onHeld(windowId, action, change, "");
    }

    private TicketView onHeld(long windowId, AuditAction action, Function<String, TicketView> change, String more) {
        return atWindow(windowId, action, AuditEvent.Target.window(windowId), window -> {
            TicketView held = desk.atWindow(windowId).orElseThrow(() -> QueueException.conflict("no-visitor",
                    "Window " + window.number() + " holds no visitor."));
            TicketView after = change.apply(held.id());
            return new Done<>(after, held.number() + " (" + held.id() + ") at window " + window.number() + more,
                    AuditEvent.Target.ticket(held.id()));
        });
    }

    private TicketView onTicketOfHall(long windowId, String ticketId, AuditAction action,
            Function<String, TicketView> change) {
        return atWindow(windowId, action, AuditEvent.Target.ticket(ticketId), window -> {
            TicketView ticket = desk.ticket(ticketId);
            if (!ticket.hall().equals(window.hall())) {
                throw QueueException.notFound("unknown-ticket", "There is no ticket " + ticketId + " in this hall.");
            }
            TicketView after = change.apply(ticketId);
            return new Done<>(after, ticket.number() + " at window " + window.number());
        });
    }

    /** An action at a window where the clerk must be seated: checked and done in one hall write. */
    private <T> T atWindow(long windowId, AuditAction action, AuditEvent.Target target,
            Function<ServiceWindow, Done<T>> work) {
        StaffMember me = me();
        String hall = windows.window(windowId).hall();
        return audited(me, action, hall, target, () -> work.apply(seated(me, windowId)));
    }

    /** Runs the work in one hall write with its audit row; a refusal is audited on its own. */
    private <T> T audited(StaffMember me, AuditAction action, String hall, AuditEvent.Target target,
            Supplier<Done<T>> work) {
        String address = staff.remoteAddress();
        try {
            return transactions.write(hall, () -> {
                Done<T> done = work.get();
                audit.record(actor(me), action, hall, done.target() == null ? target : done.target(), done.detail(),
                        address);
                return done.result();
            });
        } catch (QueueException e) {
            audit.record(actor(me), action, hall, target, "refused (" + e.code() + "): " + e.getMessage(), address);
            throw e;
        }
    }

    /** The window, if the clerk is seated there; refused with {@link #NOT_SEATED} otherwise. */
    private ServiceWindow seated(StaffMember me, long windowId) {
        ServiceWindow window = windows.window(windowId);
        if (!Objects.equals(window.clerkId(), me.id())) {
            WindowView.Clerk clerk = window.clerk();
            throw new QueueException(HttpStatus.FORBIDDEN, NOT_SEATED, clerk == null
                    ? "You are not seated at window " + window.number() + "."
                    : "Window " + window.number() + " was taken over by " + clerk.name() + " (" + clerk.badge() + ").");
        }
        return window;
    }

    private StaffMember me() {
        return staff.member().orElseThrow(() -> new QueueException(HttpStatus.UNAUTHORIZED, "not-signed-in",
                "Please sign in again."));
    }

    private static AuditEvent.Actor actor(StaffMember member) {
        return new AuditEvent.Actor(member.id(), member.username(), member.role().name());
    }

    private record Done<T>(T result, String detail, AuditEvent.@Nullable Target target) {
        Done(T result, String detail) {
            this(result, detail, null);
        }
    }
}
