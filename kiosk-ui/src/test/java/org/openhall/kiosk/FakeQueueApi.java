package org.openhall.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
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
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.ResidentId;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.Problem;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;

/**
 * queue-service in memory, as far as the kiosk uses it: the demo hall, a few of its services,
 * idempotent ticket issuing, one rating per completed ticket and consultations (a test writes staff's
 * replies). Tests script its trouble: no answer, a
 * lost answer, a refusal, a slow answer.
 */
public class FakeQueueApi implements QueueApi {

    public static final String HALL = "demo";

    /** One call of {@link #issueTicket}, as it arrived. */
    public record IssueCall(String hall, String service, String idempotencyKey, @Nullable String idNumber) {
    }

    /** One call of {@link #reportDevice}, as it arrived. */
    public record DeviceReportCall(String hall, String device, DeviceReport report) {
    }

    /** One call of {@link #rate}, as it arrived. */
    public record RatingCall(String ticketId, RatingRequest rating) {
    }

    /** One call of {@link #checkIn}, as it arrived. */
    public record CheckInCall(String payload, String idempotencyKey) {
    }

    private final Map<String, CheckInView> checkInsByPayload = new HashMap<>();
    private final Map<String, String> checkInRefusals = new HashMap<>();
    private final Map<String, List<CheckInView>> peopleById = new HashMap<>();
    private final List<String> lookUpCalls = new ArrayList<>();
    private final List<CheckInCall> checkInCalls = new ArrayList<>();
    private final List<String> personCalls = new ArrayList<>();
    private final List<FeedbackRequest> feedbackCalls = new ArrayList<>();
    private final List<DeviceReportCall> deviceReports = new ArrayList<>();
    private final Set<String> checkedIn = new HashSet<>();
    private final List<RatingCall> ratingCalls = new ArrayList<>();
    private final Set<String> ratedTickets = new HashSet<>();
    private int followUps;
    private final Map<String, Consultation> consultations = new java.util.LinkedHashMap<>();
    private final List<ConsultationCall> consultationCalls = new ArrayList<>();
    private final List<String> consultationReads = new ArrayList<>();
    private final Deque<RuntimeException> consultationTrouble = new ArrayDeque<>();
    private int consultationsAhead = 2;

    private final Clock clock;
    private final List<IssueCall> issueCalls = new ArrayList<>();
    private final Map<String, TicketView> ticketsByKey = new HashMap<>();
    private final Map<String, Integer> sequences = new HashMap<>();
    private final Deque<RuntimeException> issueTrouble = new ArrayDeque<>();
    private int lostAnswers;
    private boolean unreachable;
    private int waitingAhead = 3;
    private @Nullable Duration waitPerPerson = Duration.ofMinutes(4);
    private @Nullable CountDownLatch gate;

    public FakeQueueApi(Clock clock) {
        this.clock = clock;
    }

    /** Back to a reachable, empty hall. */
    public synchronized void reset() {
        issueCalls.clear();
        checkInsByPayload.clear();
        checkInRefusals.clear();
        peopleById.clear();
        lookUpCalls.clear();
        checkInCalls.clear();
        personCalls.clear();
        feedbackCalls.clear();
        deviceReports.clear();
        checkedIn.clear();
        ratingCalls.clear();
        ratedTickets.clear();
        followUps = 0;
        consultations.clear();
        consultationCalls.clear();
        consultationReads.clear();
        consultationTrouble.clear();
        consultationsAhead = 2;
        ticketsByKey.clear();
        sequences.clear();
        issueTrouble.clear();
        lostAnswers = 0;
        unreachable = false;
        waitingAhead = 3;
        waitPerPerson = Duration.ofMinutes(4);
        release();
    }

    /** Every call fails as if queue-service were down. */
    public synchronized void unreachable(boolean down) {
        this.unreachable = down;
    }

    /** The next ticket requests fail with these, in order, before anything is issued. */
    public synchronized void failNextIssues(RuntimeException... failures) {
        issueTrouble.addAll(List.of(failures));
    }

    /** The next ticket request issues its ticket but the answer never reaches the kiosk. */
    public synchronized void loseNextAnswer() {
        lostAnswers++;
    }

    /** Ticket requests wait until {@link #release()}. */
    public synchronized void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch current;
        synchronized (this) {
            current = gate;
            gate = null;
        }
        if (current != null) {
            current.countDown();
        }
    }

    /** People already waiting for each service, and the estimated wait per person (null: no estimate). */
    public synchronized void queueAhead(int people, @Nullable Duration perPerson) {
        this.waitingAhead = people;
        this.waitPerPerson = perPerson;
    }

    /** A check-in QR code the hall knows, with what it refers to. */
    public synchronized void knowsCheckIn(String payload, CheckInView item) {
        checkInsByPayload.put(payload, item);
    }

    /** Looking up {@code payload} is refused with {@code code} (a forged or expired code, another hall). */
    public synchronized void refusesCheckIn(String payload, String code) {
        checkInRefusals.put(payload, code);
    }

    /** The person with {@code idNumber} has {@code items} today. */
    public synchronized void personHas(String idNumber, CheckInView... items) {
        peopleById.put(idNumber, List.of(items));
    }

    public synchronized List<String> lookUpCalls() {
        return List.copyOf(lookUpCalls);
    }

    public synchronized List<CheckInCall> checkInCalls() {
        return List.copyOf(checkInCalls);
    }

    public synchronized List<String> personCalls() {
        return List.copyOf(personCalls);
    }

    public synchronized List<FeedbackRequest> feedbackCalls() {
        return List.copyOf(feedbackCalls);
    }

    /** A signed-looking check-in payload (the kiosk checks only its shape; queue-service its signature). */
    public static String checkInPayload(char kind, String reference) {
        return "OH1." + kind + "." + HALL + "." + reference + ".1764123300.c2lnbmF0dXJlLW9mLXRoZS1mYWtl";
    }

    /** A pre-application as queue-service describes it. */
    public static CheckInView preApplication(String reference, String service, String preReview,
            @Nullable String refusal) {
        return new CheckInView("PRE_APPLICATION", reference, service, serviceName(service), "张*", preReview,
                null, refusal == null, refusal);
    }

    /** An appointment as queue-service describes it. */
    public static CheckInView appointment(String reference, String service, Instant at, @Nullable String refusal) {
        return new CheckInView("APPOINTMENT", reference, service, serviceName(service), "李*", null, at,
                refusal == null, refusal);
    }

    private static LocalizedText serviceName(String service) {
        return switch (service) {
            case "company-registration" -> LocalizedText.of("企业设立登记", "Company registration");
            case "social-insurance" -> LocalizedText.of("社会保险参保登记", "Social insurance enrolment");
            default -> LocalizedText.of(service, service);
        };
    }

    /** The ticket with {@code number} is called to {@code window}. */
    public synchronized void call(String number, int window) {
        ticketsByKey.replaceAll((key, t) -> !t.number().equals(number) ? t : new TicketView(t.id(), t.hall(),
                t.number(), t.serviceDay(), t.service(), t.serviceName(), t.channel(), t.priority(),
                TicketStatus.CALLED, null, null, t.statusUrl(), t.issuedAt(), clock.instant(), null, null,
                (long) window, window, null, 1, null));
    }

    public synchronized List<IssueCall> issueCalls() {
        return List.copyOf(issueCalls);
    }

    /** The distinct tickets issued. */
    public synchronized List<TicketView> issuedTickets() {
        return List.copyOf(ticketsByKey.values());
    }

    public static QueueApiException refusal(String code, String detail) {
        return new QueueApiException(new Problem("https://openhall.org/problems/" + code, "Refused", 409, detail, code));
    }

    public static QueueUnavailableException noAnswer() {
        return new QueueUnavailableException("connection refused (fake)", new java.net.ConnectException("refused"));
    }

    @Override
    public synchronized List<HallView> halls() {
        checkReachable();
        return List.of(new HallView(HALL, LocalizedText.of("市民服务中心", "Citizen Service Center"), "Asia/Shanghai",
                List.of(new HallView.OpeningPeriod("MONDAY", "09:00", "12:00")), "weighted"));
    }

    @Override
    public synchronized List<ServiceView> services(String hall) {
        checkReachable();
        return List.of(
                service("general-enquiry", "Z", "综合咨询", "General enquiry", "综合", "General", "即时", "immediate", "免费", "free"),
                companyRegistration(),
                service("social-insurance", "B", "社会保险参保登记", "Social insurance enrolment", "社会保障",
                        "Social security", "当日办结", "same day", "免费", "free"),
                service("medical-reimbursement", "G", "医疗费用报销", "Medical expense reimbursement", "社会保障",
                        "Social security", "20个工作日", "20 working days", "免费", "free"));
    }

    @Override
    public TicketView issueTicket(String hall, IssueTicketRequest request, String idempotencyKey) {
        CountDownLatch waitFor;
        synchronized (this) {
            issueCalls.add(new IssueCall(hall, request.service(), idempotencyKey, request.idNumber()));
            waitFor = gate;
        }
        awaitGate(waitFor);
        synchronized (this) {
            checkReachable();
            RuntimeException trouble = issueTrouble.poll();
            if (trouble != null) {
                throw trouble;
            }
            TicketView ticket = ticketsByKey.computeIfAbsent(idempotencyKey,
                    key -> newTicket(hall, request.service(), org.openhall.client.api.Channel.WALK_IN));
            if (lostAnswers > 0) {
                lostAnswers--;
                throw new QueueUnavailableException("request timed out (fake)", null);
            }
            return ticket;
        }
    }

    private static void awaitGate(@Nullable CountDownLatch waitFor) {
        if (waitFor != null) {
            try {
                if (!waitFor.await(10, TimeUnit.SECONDS)) {
                    throw new QueueUnavailableException("the test never released the fake", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueueUnavailableException("interrupted", e);
            }
        }
    }

    @Override
    public synchronized TicketView ticket(String ticketId) {
        checkReachable();
        return ticketsByKey.values().stream().filter(t -> t.id().equals(ticketId)).findFirst()
                .orElseThrow(() -> refusal("unknown-ticket", "No ticket " + ticketId));
    }

    private TicketView newTicket(String hall, String serviceCode, org.openhall.client.api.Channel channel) {
        ServiceView service = services(hall).stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                .orElseThrow(() -> refusal("unknown-service", "No service " + serviceCode));
        int sequence = sequences.merge(service.prefix(), 1, Integer::sum);
        String number = "%s%03d".formatted(service.prefix(), sequence);
        String id = "t-" + number.toLowerCase() + "-" + ticketsByKey.size();
        int ahead = waitingAhead + sequence - 1;
        Duration wait = waitPerPerson == null ? null : waitPerPerson.multipliedBy(ahead);
        return new TicketView(id, hall, number, LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))),
                service.code(), service.name(), channel, Priority.NORMAL,
                TicketStatus.WAITING, ahead, wait, "http://localhost:8080/t/" + id, clock.instant(), null, null, null,
                null, null, null, 0, null);
    }

    private static ServiceView companyRegistration() {
        return new ServiceView("company-registration", "A", LocalizedText.of("企业设立登记", "Company registration"),
                LocalizedText.of("企业服务", "Business"),
                new ServiceView.Guide(
                        List.of(LocalizedText.of("公司登记申请书", "Application form"),
                                LocalizedText.of("公司章程", "Articles of association")),
                        List.of(LocalizedText.of("网上预审", "Online pre-review"),
                                LocalizedText.of("窗口受理", "Acceptance at a window"),
                                LocalizedText.of("领取营业执照", "Collect the business licence")),
                        LocalizedText.of("1个工作日", "1 working day"), LocalizedText.of("免费", "free")),
                null, Duration.ofMinutes(20), true);
    }

    private static ServiceView service(String code, String prefix, String zh, String en, String categoryZh,
            String categoryEn, String limitZh, String limitEn, String feeZh, String feeEn) {
        return new ServiceView(code, prefix, LocalizedText.of(zh, en), LocalizedText.of(categoryZh, categoryEn),
                new ServiceView.Guide(List.of(), List.of(), LocalizedText.of(limitZh, limitEn),
                        LocalizedText.of(feeZh, feeEn)),
                null, Duration.ofMinutes(30), false);
    }

    private void checkReachable() {
        if (unreachable) {
            throw noAnswer();
        }
    }

    @Override
    public List<WindowView> windows(String hall) {
        throw new UnsupportedOperationException("the kiosk does not list windows");
    }

    @Override
    public Optional<TicketView> callNext(long windowId) {
        throw new UnsupportedOperationException("the kiosk does not call tickets");
    }

    @Override
    public TicketView call(long windowId, CallTicketRequest request) {
        throw new UnsupportedOperationException("the kiosk does not call tickets");
    }

    @Override
    public TicketView recall(String ticketId) {
        throw new UnsupportedOperationException("the kiosk does not call tickets");
    }

    @Override
    public TicketView start(String ticketId) {
        throw new UnsupportedOperationException("the kiosk does not serve tickets");
    }

    @Override
    public TicketView complete(String ticketId) {
        throw new UnsupportedOperationException("the kiosk does not serve tickets");
    }

    @Override
    public TicketView noShow(String ticketId) {
        throw new UnsupportedOperationException("the kiosk does not serve tickets");
    }

    @Override
    public TicketView requeue(String ticketId) {
        throw new UnsupportedOperationException("the kiosk does not serve tickets");
    }

    @Override
    public TicketView cancel(String ticketId) {
        throw new UnsupportedOperationException("the kiosk does not cancel tickets");
    }

    @Override
    public TicketView transfer(String ticketId, TransferRequest request) {
        throw new UnsupportedOperationException("the kiosk does not transfer tickets");
    }

    @Override
    public WindowView openWindow(long windowId) {
        throw new UnsupportedOperationException("the kiosk has no windows");
    }

    @Override
    public WindowView pauseWindow(long windowId, String reason) {
        throw new UnsupportedOperationException("the kiosk has no windows");
    }

    @Override
    public WindowView closeWindow(long windowId) {
        throw new UnsupportedOperationException("the kiosk has no windows");
    }

    @Override
    public HallSnapshot snapshot(String hall) {
        throw new UnsupportedOperationException("the kiosk does not read snapshots yet");
    }

    @Override
    public synchronized RatingView rate(String ticketId, RatingRequest rating) {
        checkReachable();
        ratingCalls.add(new RatingCall(ticketId, rating));
        TicketView ticket = ticket(ticketId);
        if (rating.level() < 1 || rating.level() > 5) {
            throw new QueueApiException(new Problem("https://openhall.org/problems/invalid-rating", "Invalid", 400,
                    "level is 1 to 5", "invalid-rating"));
        }
        if (ticket.status() != TicketStatus.DONE || ticket.endedAt() == null) {
            throw refusal("not-completed", "Ticket " + ticket.number() + " can be rated once its visit is completed.");
        }
        if (clock.instant().isAfter(ticket.endedAt().plus(Duration.ofDays(7)))) {
            throw refusal("rating-closed", "Ticket " + ticket.number() + " can no longer be rated.");
        }
        if (!ratedTickets.add(ticketId)) {
            throw refusal("already-rated", "Ticket " + ticket.number() + " has already been rated.");
        }
        String followUp = rating.isBad() ? "FU-20251126-%04d".formatted(++followUps) : null;
        return new RatingView(ticketId, ticket.hall(), ticket.service(), ticket.windowNumber(), rating.level(),
                rating.reasons(), rating.comment(), rating.channel() == null ? "WEB" : rating.channel(),
                clock.instant(), followUp);
    }

    /** The ticket with {@code number} was served at {@code window} and its visit completed now. */
    public synchronized void complete(String number, int window) {
        ticketsByKey.replaceAll((key, t) -> !t.number().equals(number) ? t : new TicketView(t.id(), t.hall(),
                t.number(), t.serviceDay(), t.service(), t.serviceName(), t.channel(), t.priority(),
                TicketStatus.DONE, null, null, t.statusUrl(), t.issuedAt(), clock.instant(), clock.instant(),
                clock.instant(), (long) window, window, null, 1, null));
    }

    /** Every rating that reached queue-service (refused ones included), oldest first. */
    public synchronized List<RatingCall> ratingCalls() {
        return List.copyOf(ratingCalls);
    }

    @Override
    public org.openhall.client.api.StaffView signIn(org.openhall.client.api.StaffSignIn signIn) {
        throw new UnsupportedOperationException("nobody signs in at a kiosk");
    }

    @Override
    public synchronized TicketView ticketByNumber(String hall, String number) {
        checkReachable();
        return ticketsByKey.values().stream().filter(t -> t.number().equalsIgnoreCase(number)).findFirst()
                .orElseThrow(() -> refusal("unknown-ticket", "No ticket " + number + " today"));
    }

    @Override
    public synchronized CheckInView lookUpCheckIn(String hall, CheckInRequest request) {
        checkReachable();
        lookUpCalls.add(request.payload());
        return find(request.payload());
    }

    private CheckInView find(String payload) {
        String refused = checkInRefusals.get(payload);
        if (refused != null) {
            throw refusal(refused, "Refused code (fake)");
        }
        CheckInView item = checkInsByPayload.get(payload);
        if (item == null) {
            throw refusal("invalid-qr", "The code's signature does not match");
        }
        if (checkedIn.contains(item.reference()) && item.checkInOpen()) {
            return new CheckInView(item.kind(), item.reference(), item.service(), item.serviceName(),
                    item.maskedName(), item.preReviewStatus(), item.appointmentAt(), false, "already-checked-in");
        }
        return item;
    }

    @Override
    public TicketView checkIn(String hall, CheckInRequest request, String idempotencyKey) {
        CountDownLatch waitFor;
        synchronized (this) {
            checkInCalls.add(new CheckInCall(request.payload(), idempotencyKey));
            waitFor = gate;
        }
        awaitGate(waitFor);
        synchronized (this) {
            checkReachable();
            TicketView existing = ticketsByKey.get(idempotencyKey);
            if (existing != null) {
                return existing;
            }
            CheckInView item = find(request.payload());
            if (!item.checkInOpen()) {
                throw refusal(item.refusal() == null ? "not-open" : item.refusal(), "Cannot check in (fake)");
            }
            var channel = item.kind().equals("APPOINTMENT") ? org.openhall.client.api.Channel.APPOINTMENT
                    : org.openhall.client.api.Channel.PRE_APPLICATION;
            TicketView ticket = newTicket(hall, item.service(), channel);
            ticketsByKey.put(idempotencyKey, ticket);
            checkedIn.add(item.reference());
            return ticket;
        }
    }

    @Override
    public synchronized PersonToday lookUpPerson(String hall, PersonLookupRequest request) {
        checkReachable();
        personCalls.add(request.idNumber());
        if (!ResidentId.isValid(request.idNumber())) {
            throw refusal("invalid-id-number", "Not a valid resident ID number");
        }
        return new PersonToday(new ResidentId(request.idNumber()).masked(),
                peopleById.getOrDefault(request.idNumber(), List.of()));
    }

    @Override
    public synchronized FeedbackView submitFeedback(String hall, FeedbackRequest request) {
        checkReachable();
        feedbackCalls.add(request);
        if (request.text() == null || request.text().isBlank() || request.text().length() > 1000) {
            throw refusal("invalid-feedback", "The text must have 1 to 1000 characters");
        }
        String tracking = "FK-20251126-%04d".formatted(feedbackCalls.size());
        return new FeedbackView(tracking, hall, request.kind(), request.category(), "RECEIVED", clock.instant(), null);
    }

    @Override
    public FeedbackView feedback(String trackingNumber) {
        throw new UnsupportedOperationException("the kiosk does not look up feedback");
    }

    @Override
    public org.openhall.client.api.HallStats stats(String hall) {
        throw new UnsupportedOperationException("not used by these tests yet");
    }

    @Override
    public synchronized DeviceView reportDevice(String hall, String device, DeviceReport report) {
        checkReachable();
        if (!device.matches("[A-Za-z0-9_-]{1,64}")) {
            throw refusal("invalid-device", "Device ids are 1 to 64 letters, digits, - or _");
        }
        if (report.detail() != null && report.detail().length() > 200) {
            throw refusal("invalid-device-report", "The detail must have at most 200 characters");
        }
        deviceReports.add(new DeviceReportCall(hall, device, report));
        return new DeviceView(device, report.kind(), report.state(), report.detail(), clock.instant(),
                clock.instant(), false);
    }

    /** The device reports that reached queue-service, oldest first. */
    public synchronized List<DeviceReportCall> deviceReports() {
        return List.copyOf(deviceReports);
    }

    @Override
    public org.openhall.client.api.HallReport report(String hall, org.openhall.client.api.HallReport.Period period,
            java.time.LocalDate date) {
        throw new UnsupportedOperationException("the kiosk shows no reports");
    }

    /** One call of {@link #openConsultation}, as it arrived. */
    public record ConsultationCall(String hall, ConsultationRequest request) {
    }

    /** One consultation as queue-service keeps it. */
    private static final class Consultation {
        final String id;
        final String hall;
        final ServiceView service;
        final Instant openedAt;
        final List<ConsultationView.Message> messages = new ArrayList<>();
        ConsultationView.Status status = ConsultationView.Status.WAITING;
        int position;
        WindowView.@Nullable Clerk staff;
        @Nullable Instant closedAt;
        ConsultationView.@Nullable ClosedBy closedBy;

        Consultation(String id, String hall, ServiceView service, Instant openedAt, int position) {
            this.id = id;
            this.hall = hall;
            this.service = service;
            this.openedAt = openedAt;
            this.position = position;
        }

        ConsultationView view() {
            return new ConsultationView(id, hall, service.code(), service.name(), status,
                    status == ConsultationView.Status.WAITING ? position : null, openedAt, staff, closedAt, closedBy,
                    List.copyOf(messages), "http://localhost:8080/c/" + id);
        }

        void add(ConsultationView.Author author, @Nullable String name, String text, Instant at) {
            messages.add(new ConsultationView.Message(messages.size() + 1, author, name, text, at, null));
        }
    }

    /** Consultations queue-service holds, by id, in the order they were opened. */
    public synchronized List<ConsultationView> consultations() {
        return consultations.values().stream().map(Consultation::view).toList();
    }

    /** Every request to open a consultation that reached queue-service (refused ones included), oldest first. */
    public synchronized List<ConsultationCall> consultationCalls() {
        return List.copyOf(consultationCalls);
    }

    /** Every read of a consultation, by id, oldest first. */
    public synchronized List<String> consultationReads() {
        return List.copyOf(consultationReads);
    }

    /** The next requests to open a consultation fail with these, in order, before anything is opened. */
    public synchronized void failNextConsultations(RuntimeException... failures) {
        consultationTrouble.addAll(List.of(failures));
    }

    /** How many of the hall's conversations wait before a new one. */
    public synchronized void consultationsAhead(int waiting) {
        this.consultationsAhead = waiting;
    }

    /** Staff member {@code name} ({@code badge}) has taken consultation {@code id} and writes {@code text}. */
    public synchronized void staffReplies(String id, String name, String badge, String text) {
        Consultation held = heldConsultation(id);
        held.status = ConsultationView.Status.ACTIVE;
        held.staff = new WindowView.Clerk(name, badge);
        held.add(ConsultationView.Author.STAFF, name, text, clock.instant());
    }

    /** A rate limiter's refusal ({@code too-fast} or {@code too-many-requests}), with status 429. */
    public static QueueApiException tooFast(String code) {
        return new QueueApiException(new Problem("https://openhall.org/problems/" + code, "Too many requests", 429,
                "Please wait a moment", code));
    }

    private Consultation heldConsultation(String id) {
        Consultation held = consultations.get(id);
        if (held == null) {
            throw refusal("unknown-consultation", "No consultation " + id);
        }
        return held;
    }

    @Override
    public synchronized ConsultationView openConsultation(String hall, ConsultationRequest request) {
        checkReachable();
        consultationCalls.add(new ConsultationCall(hall, request));
        RuntimeException trouble = consultationTrouble.poll();
        if (trouble != null) {
            throw trouble;
        }
        ServiceView service = services(hall).stream().filter(s -> s.code().equals(request.service())).findFirst()
                .orElseThrow(() -> refusal("unknown-service", "No service " + request.service()));
        if (request.question() == null || request.question().isBlank() || request.question().length() > 1000) {
            throw new QueueApiException(new Problem("https://openhall.org/problems/invalid-consultation", "Invalid",
                    400, "The question must have 1 to 1000 characters", "invalid-consultation"));
        }
        String id = "c%04dx7Kq9".formatted(consultations.size() + 1);
        var opened = new Consultation(id, hall, service, clock.instant(), consultationsAhead);
        opened.add(ConsultationView.Author.VISITOR, null, request.question().strip(), clock.instant());
        consultations.put(id, opened);
        return opened.view();
    }

    @Override
    public synchronized ConsultationView consultation(String id) {
        checkReachable();
        consultationReads.add(id);
        return heldConsultation(id).view();
    }

    @Override
    public synchronized ConsultationView sendToConsultation(String id, ConsultationMessageRequest message) {
        checkReachable();
        Consultation held = heldConsultation(id);
        if (held.status == ConsultationView.Status.CLOSED) {
            throw refusal("consultation-closed", "The conversation has ended");
        }
        if (message.text() == null || message.text().isBlank() || message.text().length() > 1000) {
            throw new QueueApiException(new Problem("https://openhall.org/problems/invalid-consultation", "Invalid",
                    400, "A message must have 1 to 1000 characters", "invalid-consultation"));
        }
        held.add(ConsultationView.Author.VISITOR, null, message.text().strip(), clock.instant());
        return held.view();
    }

    @Override
    public synchronized ConsultationView closeConsultation(String id) {
        checkReachable();
        Consultation held = heldConsultation(id);
        if (held.status != ConsultationView.Status.CLOSED) {
            held.status = ConsultationView.Status.CLOSED;
            held.closedAt = clock.instant();
            held.closedBy = ConsultationView.ClosedBy.VISITOR;
        }
        return held.view();
    }
}
