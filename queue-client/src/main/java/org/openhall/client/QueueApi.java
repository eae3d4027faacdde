package org.openhall.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.ConsultationMessageRequest;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.DeviceReport;
import org.openhall.client.api.DeviceView;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;

/**
 * The queue-service REST API as Java calls. Every method either returns what the API returned or
 * throws {@link QueueApiException} (the service answered with a problem detail) or
 * {@link QueueUnavailableException} (no answer in time: connection refused, timeout).
 */
public interface QueueApi {

    List<HallView> halls();

    List<ServiceView> services(String hall);

    List<WindowView> windows(String hall);

    /**
     * Issues a ticket. The same {@code idempotencyKey} sent again (a retry after a timeout) returns
     * the same ticket and never issues a second one.
     */
    TicketView issueTicket(String hall, IssueTicketRequest request, String idempotencyKey);

    TicketView ticket(String ticketId);

    /** Calls the ticket the hall's policy picks for this window; empty when nothing waits for it. */
    Optional<TicketView> callNext(long windowId);

    TicketView call(long windowId, CallTicketRequest request);

    TicketView recall(String ticketId);

    TicketView start(String ticketId);

    TicketView complete(String ticketId);

    TicketView noShow(String ticketId);

    TicketView requeue(String ticketId);

    TicketView cancel(String ticketId);

    TicketView transfer(String ticketId, TransferRequest request);

    WindowView openWindow(long windowId);

    WindowView pauseWindow(long windowId, String reason);

    WindowView closeWindow(long windowId);

    HallSnapshot snapshot(String hall);

    /** Today's ticket of the hall with that number ({@code GET /api/halls/{hall}/tickets/by-number/{number}}). */
    TicketView ticketByNumber(String hall, String number);

    /** What a scanned pre-application or appointment QR code refers to; a forged or altered code is refused. */
    CheckInView lookUpCheckIn(String hall, CheckInRequest request);

    /** Issues the ticket for a scanned pre-application or appointment; idempotent like {@link #issueTicket}. */
    TicketView checkIn(String hall, CheckInRequest request, String idempotencyKey);

    /** A person's pre-applications and appointments for today, by resident ID number. */
    PersonToday lookUpPerson(String hall, PersonLookupRequest request);

    /** Records a complaint or suggestion and returns it with its tracking number. */
    FeedbackView submitFeedback(String hall, FeedbackRequest request);

    FeedbackView feedback(String trackingNumber);

    /** The hall's day so far, for the managers' dashboard ({@code GET /api/halls/{hall}/stats}). */
    HallStats stats(String hall);

    /**
     * The hall's report for the day, week or month containing {@code date}, for managers
     * ({@code GET /api/halls/{hall}/reports/{daily|weekly|monthly}?date=…}).
     */
    HallReport report(String hall, HallReport.Period period, LocalDate date);

    /** Starts a visitor's consultation ({@code POST /api/halls/{hall}/consultations}); public, rate limited. */
    ConsultationView openConsultation(String hall, ConsultationRequest request);

    /** A consultation by its unguessable id ({@code GET /api/consultations/{id}}). */
    ConsultationView consultation(String id);

    /** The visitor's next message ({@code POST /api/consultations/{id}/messages}); rate limited. */
    ConsultationView sendToConsultation(String id, ConsultationMessageRequest message);

    /** The visitor ends the conversation ({@code POST /api/consultations/{id}/close}); closing twice changes nothing. */
    ConsultationView closeConsultation(String id);

    /**
     * Records how a kiosk or board is doing ({@code PUT /api/halls/{hall}/devices/{device}}); sent on
     * every change and as a heartbeat. The device id is letters, digits, {@code -} and {@code _}, at
     * most 64.
     */
    DeviceView reportDevice(String hall, String device, DeviceReport report);

    /**
     * Checks a staff member's username and password for another app's sign-in page
     * ({@code POST /api/staff/sign-in}): the person on success; a {@link QueueApiException} with
     * status 401 when wrong and 429 while sign-in is throttled.
     */
    StaffView signIn(StaffSignIn signIn);

    /**
     * Rates a completed visit ({@code POST /api/tickets/{id}/rating}): {@code 409 already-rated} for a
     * second rating of the ticket from any channel, {@code 409 not-completed} before the visit ended.
     */
    RatingView rate(String ticketId, RatingRequest rating);
}
