package org.openhall.queue.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.QueueClientSettings.StaffCredentials;
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
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;

/**
 * The API as the hall's real callers use it, over HTTP: each call goes out with the credentials its
 * caller would have ({@link HallAccess}): a kiosk's token to issue tickets, a board's to read the
 * hall, the seated clerk's sign-in to act at a window, nothing for public reads.
 */
public final class HallApi implements QueueApi, AutoCloseable {

    private final QueueClientSettings base;
    private final HallAccess access;
    private final Map<String, HttpQueueClient> clients = new ConcurrentHashMap<>();

    public HallApi(QueueClientSettings base, HallAccess access) {
        this.base = base;
        this.access = access;
    }

    private QueueApi anonymous() {
        return client(base);
    }

    /** A kiosk of the hall; for a hall that does not exist, a manager (no device can belong to it). */
    private QueueApi kiosk(String hall) {
        return access.hallExists(hall) ? client(base.withBearerToken(access.kioskToken(hall))) : clerk(access.manager());
    }

    /** Requeue and cancel: a clerk seated in the hall, or its manager when the hall has no window. */
    private QueueApi hallStaff(String hall) {
        return access.hasWindows(hall) ? clerk(access.clerkInHall(hall)) : clerk(access.manager());
    }

    /** A board of the hall; for a hall that does not exist, a manager (no device can belong to it). */
    private QueueApi board(String hall) {
        return access.hallExists(hall) ? client(base.withBearerToken(access.boardToken(hall))) : clerk(access.manager());
    }

    private QueueApi clerk(StaffCredentials clerk) {
        return client(base.withStaff(clerk.username(), clerk.password()));
    }

    private QueueApi client(QueueClientSettings settings) {
        return clients.computeIfAbsent(settings.authorization().orElse(""), key -> new HttpQueueClient(settings));
    }

    @Override
    public List<HallView> halls() {
        return anonymous().halls();
    }

    @Override
    public List<ServiceView> services(String hall) {
        return anonymous().services(hall);
    }

    @Override
    public List<WindowView> windows(String hall) {
        return board(hall).windows(hall);
    }

    @Override
    public TicketView issueTicket(String hall, IssueTicketRequest request, String idempotencyKey) {
        return kiosk(hall).issueTicket(hall, request, idempotencyKey);
    }

    @Override
    public TicketView ticket(String ticketId) {
        return anonymous().ticket(ticketId);
    }

    @Override
    public Optional<TicketView> callNext(long windowId) {
        return clerk(access.clerkAt(windowId)).callNext(windowId);
    }

    @Override
    public TicketView call(long windowId, CallTicketRequest request) {
        return clerk(access.clerkAt(windowId)).call(windowId, request);
    }

    @Override
    public TicketView recall(String ticketId) {
        return clerk(access.clerkFor(ticketId)).recall(ticketId);
    }

    @Override
    public TicketView start(String ticketId) {
        return clerk(access.clerkFor(ticketId)).start(ticketId);
    }

    @Override
    public TicketView complete(String ticketId) {
        return clerk(access.clerkFor(ticketId)).complete(ticketId);
    }

    @Override
    public TicketView noShow(String ticketId) {
        return clerk(access.clerkFor(ticketId)).noShow(ticketId);
    }

    @Override
    public TicketView requeue(String ticketId) {
        return hallStaff(ticket(ticketId).hall()).requeue(ticketId);
    }

    @Override
    public TicketView cancel(String ticketId) {
        return hallStaff(ticket(ticketId).hall()).cancel(ticketId);
    }

    @Override
    public TicketView transfer(String ticketId, TransferRequest request) {
        return clerk(access.clerkFor(ticketId)).transfer(ticketId, request);
    }

    @Override
    public WindowView openWindow(long windowId) {
        return clerk(access.clerkAt(windowId)).openWindow(windowId);
    }

    @Override
    public WindowView pauseWindow(long windowId, String reason) {
        return clerk(access.clerkAt(windowId)).pauseWindow(windowId, reason);
    }

    @Override
    public WindowView closeWindow(long windowId) {
        return clerk(access.clerkAt(windowId)).closeWindow(windowId);
    }

    @Override
    public HallSnapshot snapshot(String hall) {
        return board(hall).snapshot(hall);
    }

    @Override
    public TicketView ticketByNumber(String hall, String number) {
        return board(hall).ticketByNumber(hall, number);
    }

    @Override
    public CheckInView lookUpCheckIn(String hall, CheckInRequest request) {
        return kiosk(hall).lookUpCheckIn(hall, request);
    }

    @Override
    public TicketView checkIn(String hall, CheckInRequest request, String idempotencyKey) {
        return kiosk(hall).checkIn(hall, request, idempotencyKey);
    }

    @Override
    public PersonToday lookUpPerson(String hall, PersonLookupRequest request) {
        return kiosk(hall).lookUpPerson(hall, request);
    }

    @Override
    public FeedbackView submitFeedback(String hall, FeedbackRequest request) {
        return anonymous().submitFeedback(hall, request);
    }

    @Override
    public FeedbackView feedback(String trackingNumber) {
        return anonymous().feedback(trackingNumber);
    }

    @Override
    public HallStats stats(String hall) {
        return board(hall).stats(hall);
    }

    @Override
    public HallReport report(String hall, HallReport.Period period, LocalDate date) {
        return clerk(access.manager()).report(hall, period, date);
    }

    @Override
    public ConsultationView openConsultation(String hall, ConsultationRequest request) {
        return anonymous().openConsultation(hall, request);
    }

    @Override
    public ConsultationView consultation(String id) {
        return anonymous().consultation(id);
    }

    @Override
    public ConsultationView sendToConsultation(String id, ConsultationMessageRequest message) {
        return anonymous().sendToConsultation(id, message);
    }

    @Override
    public ConsultationView closeConsultation(String id) {
        return anonymous().closeConsultation(id);
    }

    @Override
    public DeviceView reportDevice(String hall, String device, DeviceReport report) {
        QueueApi device_ = "BOARD".equals(report.kind()) ? board(hall) : kiosk(hall);
        return device_.reportDevice(hall, device, report);
    }

    /** A visitor rating from the ticket's status page: no credentials. */
    @Override
    public org.openhall.client.api.RatingView rate(String ticketId, org.openhall.client.api.RatingRequest rating) {
        return anonymous().rate(ticketId, rating);
    }

    @Override
    public StaffView signIn(StaffSignIn signIn) {
        return anonymous().signIn(signIn);
    }

    @Override
    public void close() {
        clients.values().forEach(HttpQueueClient::close);
        clients.clear();
    }
}
