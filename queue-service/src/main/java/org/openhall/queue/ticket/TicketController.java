package org.openhall.queue.ticket;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The ticket API: issue and read tickets, and the hall snapshot (a clerk's actions: {@code staff.ClerkApiController}). */
@RestController
class TicketController {

    private final TicketIssuing issuing;
    private final TicketDesk desk;
    private final HallSnapshots snapshots;

    TicketController(TicketIssuing issuing, TicketDesk desk, HallSnapshots snapshots) {
        this.issuing = issuing;
        this.desk = desk;
        this.snapshots = snapshots;
    }

    /**
     * Issues a ticket: {@code 201} with it; with an {@code Idempotency-Key} already used for the
     * same request, the ticket that request issued (still {@code 201}, marked by
     * {@code Idempotent-Replayed: true}).
     */
    @PostMapping("/api/halls/{hall}/tickets")
    ResponseEntity<TicketView> issue(@PathVariable String hall, @RequestBody IssueTicketRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        TicketIssuing.Issued issued = issuing.issue(hall, request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/tickets/" + issued.ticket().id()))
                .header("Idempotent-Replayed", Boolean.toString(issued.replayed()))
                .body(issued.ticket());
    }

    /** Today's (the hall's service day) ticket with that number; {@code 404 unknown-ticket} when there is none. */
    @GetMapping("/api/halls/{hall}/tickets/by-number/{number}")
    TicketView ticketByNumber(@PathVariable String hall, @PathVariable String number) {
        return desk.ticketByNumber(hall, number);
    }

    @GetMapping("/api/tickets/{ticket}")
    TicketView ticket(@PathVariable String ticket) {
        return desk.ticket(ticket);
    }

    @GetMapping("/api/halls/{hall}/snapshot")
    HallSnapshot snapshot(@PathVariable String hall) {
        return snapshots.snapshot(hall);
    }
}
