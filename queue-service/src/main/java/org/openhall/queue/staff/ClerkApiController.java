package org.openhall.queue.staff;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.PauseRequest;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.ticket.TicketDesk;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clerk's window and ticket actions over the API (a call pad, another vendor's console), signed in
 * with HTTP Basic. The same checks and audit as the console: through {@link StaffConsole}, so only
 * the clerk seated at the window acts there. Opening a window the clerk is not seated at seats them
 * (refused with {@code window-taken} while someone else sits there).
 */
@RestController
class ClerkApiController {

    private final StaffConsole console;
    private final CurrentStaff staff;
    private final TicketDesk desk;

    ClerkApiController(StaffConsole console, CurrentStaff staff, TicketDesk desk) {
        this.console = console;
        this.staff = staff;
        this.desk = desk;
    }

    /** {@code 200} with the ticket called, or {@code 204} when nothing waits for this window. */
    @PostMapping("/api/windows/{window}/call-next")
    ResponseEntity<TicketView> callNext(@PathVariable long window) {
        Optional<TicketView> called = console.callNext(window);
        return called.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/api/windows/{window}/call")
    TicketView call(@PathVariable long window, @RequestBody CallTicketRequest request) {
        if (request.ticket() == null || request.ticket().isBlank()) {
            throw QueueException.badRequest("invalid-request", "Name the ticket to call.");
        }
        return console.call(window, request.ticket());
    }

    @PostMapping("/api/windows/{window}/open")
    WindowView open(@PathVariable long window) {
        return staff.mayUseWindow(window) ? console.open(window) : console.take(window, false);
    }

    @PostMapping("/api/windows/{window}/pause")
    WindowView pause(@PathVariable long window, @RequestBody(required = false) @Nullable PauseRequest request) {
        return console.pause(window, request == null || request.reason() == null ? "" : request.reason());
    }

    @PostMapping("/api/windows/{window}/close")
    WindowView close(@PathVariable long window) {
        return console.close(window);
    }

    @PostMapping("/api/tickets/{ticket}/{action:recall|start|complete|no-show|requeue|cancel}")
    TicketView act(@PathVariable String ticket, @PathVariable String action) {
        return switch (action) {
            case "recall" -> console.onTicket(ticket, AuditAction.RECALL, desk::recall);
            case "start" -> console.onTicket(ticket, AuditAction.START, desk::start);
            case "complete" -> console.onTicket(ticket, AuditAction.COMPLETE, desk::complete);
            case "no-show" -> console.onTicket(ticket, AuditAction.NO_SHOW, desk::noShow);
            case "requeue" -> console.onTicket(ticket, AuditAction.REQUEUE, desk::requeue);
            case "cancel" -> console.onTicket(ticket, AuditAction.CANCEL, desk::cancel);
            default -> throw QueueException.notFound("unknown-action", "Unknown ticket action " + action + ".");
        };
    }

    @PostMapping("/api/tickets/{ticket}/transfer")
    TicketView transfer(@PathVariable String ticket, @RequestBody TransferRequest request) {
        return console.onTicket(ticket, AuditAction.TRANSFER, id -> desk.transfer(id, request));
    }
}
