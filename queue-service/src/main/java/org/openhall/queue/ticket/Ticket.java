package org.openhall.queue.ticket;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.queue.problem.QueueException;

/**
 * One visit. Its state changes are methods that refuse an illegal transition and return the type of
 * the event that records them:
 * WAITING → CALLED (recalls count calls) → SERVING → DONE; CALLED → NO_SHOW → (requeue) WAITING;
 * WAITING → CANCELLED; CALLED or SERVING → TRANSFERRED (waiting again, at another service or
 * window, with its number and priority kept).
 */
final class Ticket {

    private final @Nullable Long id;
    private final String publicId;
    private final String hall;
    private final LocalDate serviceDay;
    private final String number;
    private final Channel channel;
    private final Priority priority;
    private final Instant issuedAt;
    private final @Nullable Instant appointmentAt;
    private final int version;
    private String service;
    private TicketStatus status;
    private Instant waitingSince;
    private @Nullable Instant firstCalledAt;
    private @Nullable Instant calledAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant endedAt;
    private @Nullable Long windowId;
    private @Nullable Long targetWindowId;
    private int callCount;
    private @Nullable String note;
    private final @Nullable String holder;

    Ticket(@Nullable Long id, String publicId, String hall, LocalDate serviceDay, String number, String service,
            Channel channel, Priority priority, TicketStatus status, Instant issuedAt, Instant waitingSince,
            @Nullable Instant firstCalledAt, @Nullable Instant calledAt, @Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Long windowId,
            @Nullable Long targetWindowId, int callCount, @Nullable Instant appointmentAt, @Nullable String note,
            @Nullable String holder, int version) {
        this.id = id;
        this.publicId = publicId;
        this.hall = hall;
        this.serviceDay = serviceDay;
        this.number = number;
        this.service = service;
        this.channel = channel;
        this.priority = priority;
        this.status = status;
        this.issuedAt = issuedAt;
        this.waitingSince = waitingSince;
        this.firstCalledAt = firstCalledAt;
        this.calledAt = calledAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.windowId = windowId;
        this.targetWindowId = targetWindowId;
        this.callCount = callCount;
        this.appointmentAt = appointmentAt;
        this.note = note;
        this.holder = holder;
        this.version = version;
    }

    /** A new waiting ticket. */
    static Ticket issue(String publicId, String hall, LocalDate serviceDay, String number, String service,
            Channel channel, Priority priority, Instant now) {
        return issue(publicId, hall, serviceDay, number, service, channel, priority, null, null, now);
    }

    /**
     * A new waiting ticket; {@code appointmentAt} is the booked time of a checked-in appointment,
     * {@code holder} the visitor's masked name when a pre-application or appointment gave it.
     */
    static Ticket issue(String publicId, String hall, LocalDate serviceDay, String number, String service,
            Channel channel, Priority priority, @Nullable Instant appointmentAt, @Nullable String holder, Instant now) {
        return new Ticket(null, publicId, hall, serviceDay, number, service, channel, priority, TicketStatus.WAITING,
                now, now, null, null, null, null, null, null, 0, appointmentAt, null, holder, 0);
    }

    String call(long window, Instant now) {
        require(status.isWaiting(), "be called", "it is not waiting");
        if (targetWindowId != null && targetWindowId != window) {
            throw QueueException.conflict("ticket-reserved", "Ticket " + number
                    + " was transferred to another window and can only be called there.");
        }
        status = TicketStatus.CALLED;
        windowId = window;
        targetWindowId = null;
        if (firstCalledAt == null) {
            firstCalledAt = now; // the visitor's wait ends here; recalls and later calls do not move it
        }
        calledAt = now;
        callCount++;
        return HallEvent.TICKET_CALLED;
    }

    String recall(Instant now) {
        require(status == TicketStatus.CALLED, "be recalled", "only a called ticket can be called again");
        calledAt = now;
        callCount++;
        return HallEvent.TICKET_RECALLED;
    }

    String start(Instant now) {
        require(status == TicketStatus.CALLED, "start", "only a called ticket can start being served");
        status = TicketStatus.SERVING;
        startedAt = now;
        return HallEvent.TICKET_STARTED;
    }

    String complete(Instant now) {
        require(status == TicketStatus.SERVING, "be completed", "only a ticket being served can be completed");
        status = TicketStatus.DONE;
        endedAt = now;
        return HallEvent.TICKET_COMPLETED;
    }

    String markNoShow(Instant now) {
        require(status == TicketStatus.CALLED, "be marked no-show", "only a called ticket can be a no-show");
        status = TicketStatus.NO_SHOW;
        endedAt = now;
        return HallEvent.TICKET_NO_SHOW;
    }

    /** Puts a no-show back in its queue, behind those waiting now. */
    String requeue(Instant now) {
        require(status == TicketStatus.NO_SHOW, "be requeued", "only a no-show can be requeued");
        status = TicketStatus.WAITING;
        waitingSince = now;
        endedAt = null;
        windowId = null;
        return HallEvent.TICKET_REQUEUED;
    }

    String cancel(Instant now) {
        require(status.isWaiting(), "be cancelled", "only a waiting ticket can be cancelled");
        status = TicketStatus.CANCELLED;
        endedAt = now;
        return HallEvent.TICKET_CANCELLED;
    }

    /**
     * Sends the visitor on to another service's queue or to a specific window. The ticket keeps
     * its number, priority and original waiting time, so it is not sent to the back of the hall.
     */
    String transfer(@Nullable String toService, @Nullable Long toWindow, @Nullable String transferNote, Instant now) {
        require(status.isAtWindow(), "be transferred", "only a ticket at a window can be transferred");
        if ((toService == null) == (toWindow == null)) {
            throw QueueException.badRequest("invalid-transfer", "A transfer names either a service or a window.");
        }
        if (toWindow != null && toWindow.equals(windowId)) {
            throw QueueException.unprocessable("invalid-transfer", "A ticket cannot be transferred to its own window.");
        }
        if (toService != null) {
            service = toService;
        }
        targetWindowId = toWindow;
        status = TicketStatus.TRANSFERRED;
        waitingSince = issuedAt;
        note = transferNote;
        return HallEvent.TICKET_TRANSFERRED;
    }

    private void require(boolean allowed, String action, String why) {
        if (!allowed) {
            throw QueueException.conflict("illegal-transition", "Ticket " + number + " is "
                    + status.name().toLowerCase().replace('_', '-') + " and cannot " + action + ": " + why + ".");
        }
    }

    /** Refuses an action on a ticket another window holds. */
    void requireHeldBy(long window) {
        if (windowId == null || windowId != window) {
            throw QueueException.conflict("not-your-ticket", "Ticket " + number + " is not held by this window.");
        }
    }

    @Nullable Long id() { return id; }
    String publicId() { return publicId; }
    String hall() { return hall; }
    LocalDate serviceDay() { return serviceDay; }
    String number() { return number; }
    String service() { return service; }
    Channel channel() { return channel; }
    Priority priority() { return priority; }
    TicketStatus status() { return status; }
    Instant issuedAt() { return issuedAt; }
    Instant waitingSince() { return waitingSince; }
    @Nullable Instant firstCalledAt() { return firstCalledAt; }
    @Nullable Instant calledAt() { return calledAt; }
    @Nullable Instant startedAt() { return startedAt; }
    @Nullable Instant endedAt() { return endedAt; }
    @Nullable Long windowId() { return windowId; }
    @Nullable Long targetWindowId() { return targetWindowId; }
    int callCount() { return callCount; }
    @Nullable Instant appointmentAt() { return appointmentAt; }
    @Nullable String note() { return note; }
    /** The visitor's masked name ({@code 张*}), never a full one; null for most walk-ins. */
    @Nullable String holder() { return holder; }
    int version() { return version; }
}
