package org.openhall.kiosk.checkin;

import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.ResidentId;
import org.openhall.kiosk.hall.HallDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds what a visitor comes to check in for: the pre-application or appointment behind a scanned QR
 * code, or a person's business today by resident ID number. Issuing the ticket goes through
 * {@link org.openhall.kiosk.ticket.TicketTaking}. Both lookups throw {@link QueueApiException} when
 * queue-service refuses and {@link QueueUnavailableException} when it does not answer.
 */
@Service
public class CheckingIn {

    private static final Logger log = LoggerFactory.getLogger(CheckingIn.class);

    private final QueueApi queue;
    private final HallDirectory hall;

    public CheckingIn(QueueApi queue, HallDirectory hall) {
        this.queue = queue;
        this.hall = hall;
    }

    /** What the scanned check-in {@code payload} refers to; a forged, altered or expired code is refused. */
    public CheckInView lookUp(String payload) {
        CheckInView found = queue.lookUpCheckIn(hall.hallCode(), new CheckInRequest(payload));
        log.info("Check-in code for {} {} in hall {}: open {}", found.kind(), found.reference(), hall.hallCode(),
                found.checkInOpen());
        return found;
    }

    /** The person's pre-applications and appointments today; {@code id} was validated on the kiosk. */
    public PersonToday person(ResidentId id) {
        PersonToday today = queue.lookUpPerson(hall.hallCode(), new PersonLookupRequest(id.value()));
        log.info("Person {} has {} pre-applications or appointments today in hall {}", id, today.items().size(),
                hall.hallCode());
        return today;
    }
}
