package org.openhall.queue.checkin;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.TicketView;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk's check-in API: look up a scanned code, check in with it, find a person's business by ID number. */
@RestController
class CheckInController {

    private final CheckIns checkIns;

    CheckInController(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping("/api/halls/{hall}/check-ins/lookup")
    CheckInView lookUp(@PathVariable String hall, @RequestBody @Nullable CheckInRequest request) {
        return checkIns.lookUp(hall, request == null ? null : request.payload());
    }

    /** {@code 201} with the ticket; a retry with the same {@code Idempotency-Key} returns the same ticket. */
    @PostMapping("/api/halls/{hall}/check-ins")
    ResponseEntity<TicketView> checkIn(@PathVariable String hall, @RequestBody @Nullable CheckInRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        TicketIssuing.Issued issued = checkIns.checkIn(hall, request == null ? null : request.payload(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/tickets/" + issued.ticket().id()))
                .header("Idempotent-Replayed", Boolean.toString(issued.replayed()))
                .body(issued.ticket());
    }

    @PostMapping("/api/halls/{hall}/people/lookup")
    PersonToday person(@PathVariable String hall, @RequestBody @Nullable PersonLookupRequest request) {
        if (request == null) {
            throw QueueException.badRequest("invalid-id-number", "A resident ID number is required");
        }
        return checkIns.person(hall, request.idNumber());
    }
}
