package org.openhall.board;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;

/** Test data: tickets, windows, events and snapshots of a hall, in the shape queue-service sends them. */
public final class Tickets {

    /** 09:00 in Shanghai on a Monday. */
    public static final Instant NINE_AM = Instant.parse("2026-03-02T01:00:00Z");
    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    public static final String LICENCE = "business-licence";
    public static final LocalizedText LICENCE_NAME = LocalizedText.of("营业执照", "Business licence");
    public static final String INSURANCE = "social-insurance";
    public static final LocalizedText INSURANCE_NAME = LocalizedText.of("社会保险", "Social insurance");

    private static final AtomicInteger IDS = new AtomicInteger();

    private Tickets() {
    }

    /** A new ticket waiting for a service: A… for the business licence, B… for social insurance. */
    public static TicketView waiting(String hall, String number) {
        boolean licence = number.startsWith("A");
        return new TicketView("t-" + number + "-" + IDS.incrementAndGet(), hall, number, DAY,
                licence ? LICENCE : INSURANCE, licence ? LICENCE_NAME : INSURANCE_NAME, Channel.WALK_IN,
                Priority.NORMAL, TicketStatus.WAITING, 0, Duration.ofMinutes(5), "/t/" + number, NINE_AM, null, null,
                null, null, null, null, 0, null);
    }

    /** The ticket called (or recalled) to a window: its call count goes up by one. */
    public static TicketView calledTo(TicketView t, int window, Instant at) {
        return copy(t, TicketStatus.CALLED, t.service(), t.serviceName(), at, (long) window, window,
                t.callCount() + 1);
    }

    /** The ticket called once more at the same window. */
    public static TicketView recalled(TicketView t, Instant at) {
        return copy(t, TicketStatus.CALLED, t.service(), t.serviceName(), at, t.windowId(), t.windowNumber(),
                t.callCount() + 1);
    }

    public static TicketView in(TicketView t, TicketStatus status) {
        return copy(t, status, t.service(), t.serviceName(), t.calledAt(), t.windowId(), t.windowNumber(),
                t.callCount());
    }

    /** The ticket sent on to another service, where it waits again. */
    public static TicketView transferredTo(TicketView t, String service, LocalizedText name) {
        return copy(t, TicketStatus.TRANSFERRED, service, name, t.calledAt(), t.windowId(), t.windowNumber(),
                t.callCount());
    }

    public static HallEvent event(long id, String type, TicketView ticket) {
        return new HallEvent(id, type, ticket.hall(), NINE_AM.plusSeconds(id), ticket, null);
    }

    public static HallEvent event(long id, String type, WindowView window) {
        return new HallEvent(id, type, window.hall(), NINE_AM.plusSeconds(id), null, window);
    }

    public static WindowView window(String hall, int number, WindowState state) {
        return new WindowView(number, hall, number, LocalizedText.of(number + "号窗口", "Window " + number), state,
                state == WindowState.PAUSED ? "break" : null, NINE_AM, List.of(new WindowView.WindowService(LICENCE, 1)),
                false, false, null);
    }

    /** The window with a clerk signed in at it. */
    /** The same ticket, with the visitor's masked name from a pre-application or appointment. */
    public static TicketView heldBy(TicketView t, String maskedName) {
        return new TicketView(t.id(), t.hall(), t.number(), t.serviceDay(), t.service(), t.serviceName(), t.channel(),
                t.priority(), t.status(), t.position(), t.estimatedWait(), t.statusUrl(), t.issuedAt(), t.calledAt(),
                t.startedAt(), t.endedAt(), t.windowId(), t.windowNumber(), t.targetWindowId(), t.callCount(),
                maskedName);
    }

    public static WindowView withClerk(WindowView w, String name, String badge) {
        return new WindowView(w.id(), w.hall(), w.number(), w.label(), w.state(), w.pauseReason(), w.stateSince(),
                w.services(), w.priorityOnly(), w.normalOnly(), new WindowView.Clerk(name, badge));
    }

    public static HallView hall(String code) {
        return new HallView(code, LocalizedText.of("市民中心政务服务大厅", "Civic Centre Service Hall"), "Asia/Shanghai",
                List.of(), "weighted");
    }

    /** A snapshot with the given calls (newest first), last calls, and waiting counts for A and B. */
    public static HallSnapshot snapshot(String hall, long lastEventId, List<TicketView> calls,
            List<TicketView> recent, int waitingA, int waitingB) {
        return new HallSnapshot(hall, lastEventId, NINE_AM, calls, recent,
                List.of(queue(LICENCE, "A", LICENCE_NAME, waitingA), queue(INSURANCE, "B", INSURANCE_NAME, waitingB)),
                List.of(window(hall, 1, WindowState.OPEN), window(hall, 3, WindowState.OPEN),
                        window(hall, 7, WindowState.OPEN)));
    }

    public static HallSnapshot emptySnapshot(String hall) {
        return snapshot(hall, 0, List.of(), List.of(), 0, 0);
    }

    private static HallSnapshot.ServiceQueue queue(String service, String prefix, LocalizedText name, int waiting) {
        return new HallSnapshot.ServiceQueue(service, prefix, name, waiting, null, null);
    }

    private static TicketView copy(TicketView t, TicketStatus status, String service, LocalizedText name,
            @Nullable Instant calledAt, @Nullable Long windowId, @Nullable Integer windowNumber, int callCount) {
        return new TicketView(t.id(), t.hall(), t.number(), t.serviceDay(), service, name, t.channel(), t.priority(),
                status, status.isWaiting() ? t.position() : null, status.isWaiting() ? t.estimatedWait() : null,
                t.statusUrl(), t.issuedAt(), calledAt, status == TicketStatus.SERVING ? calledAt : t.startedAt(),
                status.isFinished() ? calledAt : t.endedAt(), windowId, windowNumber, t.targetWindowId(), callCount,
                t.holder());
    }
}
