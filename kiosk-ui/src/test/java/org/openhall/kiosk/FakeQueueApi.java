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
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.Problem;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;

/**
 * queue-service in memory, as far as the kiosk uses it: the demo hall, a few of its services, and
 * idempotent ticket issuing. Tests script its trouble: no answer, a lost answer, a refusal, a slow
 * answer.
 */
public class FakeQueueApi implements QueueApi {

    public static final String HALL = "demo";

    /** One call of {@link #issueTicket}, as it arrived. */
    public record IssueCall(String hall, String service, String idempotencyKey) {
    }

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
                service("company-registration", "A", "企业设立登记", "Company registration", "企业服务", "Business",
                        "1个工作日", "1 working day", "免费", "free"),
                service("social-insurance", "B", "社会保险参保登记", "Social insurance enrolment", "社会保障",
                        "Social security", "当日办结", "same day", "免费", "free"),
                service("medical-reimbursement", "G", "医疗费用报销", "Medical expense reimbursement", "社会保障",
                        "Social security", "20个工作日", "20 working days", "免费", "free"));
    }

    @Override
    public TicketView issueTicket(String hall, IssueTicketRequest request, String idempotencyKey) {
        CountDownLatch waitFor;
        synchronized (this) {
            issueCalls.add(new IssueCall(hall, request.service(), idempotencyKey));
            waitFor = gate;
        }
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
        synchronized (this) {
            checkReachable();
            RuntimeException trouble = issueTrouble.poll();
            if (trouble != null) {
                throw trouble;
            }
            TicketView ticket = ticketsByKey.computeIfAbsent(idempotencyKey, key -> newTicket(hall, request.service()));
            if (lostAnswers > 0) {
                lostAnswers--;
                throw new QueueUnavailableException("request timed out (fake)", null);
            }
            return ticket;
        }
    }

    @Override
    public synchronized TicketView ticket(String ticketId) {
        checkReachable();
        return ticketsByKey.values().stream().filter(t -> t.id().equals(ticketId)).findFirst()
                .orElseThrow(() -> refusal("unknown-ticket", "No ticket " + ticketId));
    }

    private TicketView newTicket(String hall, String serviceCode) {
        ServiceView service = services(hall).stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                .orElseThrow(() -> refusal("unknown-service", "No service " + serviceCode));
        int sequence = sequences.merge(service.prefix(), 1, Integer::sum);
        String number = "%s%03d".formatted(service.prefix(), sequence);
        String id = "t-" + number.toLowerCase() + "-" + ticketsByKey.size();
        int ahead = waitingAhead + sequence - 1;
        Duration wait = waitPerPerson == null ? null : waitPerPerson.multipliedBy(ahead);
        return new TicketView(id, hall, number, LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))),
                service.code(), service.name(), org.openhall.client.api.Channel.WALK_IN, Priority.NORMAL,
                TicketStatus.WAITING, ahead, wait, "http://localhost:8080/t/" + id, clock.instant(), null, null, null,
                null, null, null, 0);
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
    public org.openhall.client.api.TicketView ticketByNumber(String hall, String number) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public org.openhall.client.api.CheckInView lookUpCheckIn(String hall, org.openhall.client.api.CheckInRequest request) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public org.openhall.client.api.TicketView checkIn(String hall, org.openhall.client.api.CheckInRequest request,
            String idempotencyKey) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public org.openhall.client.api.PersonToday lookUpPerson(String hall, org.openhall.client.api.PersonLookupRequest request) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public org.openhall.client.api.FeedbackView submitFeedback(String hall, org.openhall.client.api.FeedbackRequest request) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public org.openhall.client.api.FeedbackView feedback(String trackingNumber) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
