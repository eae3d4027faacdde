package org.openhall.board;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Problem;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;

/**
 * queue-service in memory, for what a board reads: the halls, their snapshots and their statistics,
 * the staff sign-in check of the dashboard, and the ratings a window's rating screen sends. It can
 * be made unreachable for the next calls, and its statistics unreadable for a while. Everything a
 * board never calls throws.
 */
public class FakeQueueApi implements QueueApi {

    private final Map<String, HallSnapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger snapshotRequests = new AtomicInteger();
    private final Map<String, HallStats> stats = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> statsRequests = new ConcurrentHashMap<>();
    private final java.util.Set<String> statsFailing = ConcurrentHashMap.newKeySet();
    private volatile @Nullable List<HallView> listedHalls;

    /** Serves this snapshot (and lists its hall) from now on. */
    public void serve(HallSnapshot snapshot) {
        snapshots.put(snapshot.hall(), snapshot);
    }

    /** The next {@code calls} calls fail as if queue-service were down. */
    public void failNext(int calls) {
        failuresLeft.set(calls);
    }

    public int snapshotRequests() {
        return snapshotRequests.get();
    }

    /** Serves these statistics for their hall from now on. */
    public void serveStats(HallStats hallStats) {
        stats.put(hallStats.hall(), hallStats);
    }

    /** While true, every statistics request for the hall fails as if queue-service were down. */
    public void failStats(String hall, boolean failing) {
        if (failing) {
            statsFailing.add(hall);
        } else {
            statsFailing.remove(hall);
        }
    }

    /** How many times the statistics of a hall were asked for, failed requests included. */
    public int statsRequests(String hall) {
        return statsRequests.computeIfAbsent(hall, h -> new AtomicInteger()).get();
    }

    /** Lists exactly these halls from now on; null goes back to the halls that have a snapshot. */
    public void listHalls(@Nullable List<HallView> halls) {
        listedHalls = halls == null ? null : List.copyOf(halls);
    }

    @Override
    public List<HallView> halls() {
        failIfDown();
        List<HallView> listed = listedHalls;
        if (listed != null) {
            return listed;
        }
        return snapshots.keySet().stream().sorted().map(Tickets::hall).toList();
    }

    @Override
    public HallSnapshot snapshot(String hall) {
        snapshotRequests.incrementAndGet();
        failIfDown();
        HallSnapshot snapshot = snapshots.get(hall);
        if (snapshot == null) {
            throw new QueueApiException(new Problem("https://openhall.org/problems/unknown-hall", "Unknown hall", 404,
                    "No hall " + hall, "unknown-hall"));
        }
        return snapshot;
    }

    private void failIfDown() {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new QueueUnavailableException("queue-service unreachable", new ConnectException("refused"));
        }
    }

    @Override
    public List<ServiceView> services(String hall) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<WindowView> windows(String hall) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView issueTicket(String hall, IssueTicketRequest request, String idempotencyKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView ticket(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TicketView> callNext(long windowId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView call(long windowId, CallTicketRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView recall(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView start(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView complete(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView noShow(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView requeue(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView cancel(String ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketView transfer(String ticketId, TransferRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WindowView openWindow(long windowId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WindowView pauseWindow(long windowId, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WindowView closeWindow(long windowId) {
        throw new UnsupportedOperationException();
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

    @Override
    public HallStats stats(String hall) {
        statsRequests.computeIfAbsent(hall, h -> new AtomicInteger()).incrementAndGet();
        if (statsFailing.contains(hall)) {
            throw new QueueUnavailableException("queue-service unreachable", new ConnectException("refused"));
        }
        HallStats served = stats.get(hall);
        if (served == null) {
            throw new QueueApiException(new Problem("https://openhall.org/problems/unknown-hall", "Unknown hall", 404,
                    "No hall " + hall, "unknown-hall"));
        }
        return served;
    }

    @Override
    public org.openhall.client.api.DeviceView reportDevice(String hall, String device,
            org.openhall.client.api.DeviceReport report) {
        if (devicesDown) {
            throw new QueueUnavailableException("queue-service unreachable", new ConnectException("refused"));
        }
        deviceReports.add(new SentReport(hall, device, report));
        java.time.Instant now = java.time.Instant.now();
        return new org.openhall.client.api.DeviceView(device, report.kind(), report.state(), report.detail(), now, now,
                false);
    }

    /** A device report as the board sent it. */
    public record SentReport(String hall, String device, org.openhall.client.api.DeviceReport report) {
    }

    private final List<SentReport> deviceReports = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean devicesDown;

    /** Every device report received, in order. */
    public List<SentReport> deviceReports() {
        return List.copyOf(deviceReports);
    }

    /** Makes device reports fail as if queue-service could not be reached. */
    public void refuseDeviceReports(boolean down) {
        devicesDown = down;
    }

    private record Account(String password, StaffView person) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final List<StaffSignIn> signIns = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile @Nullable RuntimeException signInFailure;

    /** A staff member who can sign in from now on; role {@code STAFF}, {@code MANAGER} or {@code ADMIN}. */
    public void addStaff(String username, String password, String name, String badge, String role) {
        accounts.put(username, new Account(password, new StaffView(username, name, badge, role)));
    }

    /** While set, every sign-in check throws this instead of answering; null answers again. */
    public void failSignIns(@Nullable RuntimeException failure) {
        signInFailure = failure;
    }

    /** Every sign-in check asked for, in order. */
    public List<StaffSignIn> signIns() {
        return List.copyOf(signIns);
    }

    /** A rating as it reached queue-service. */
    public record SentRating(String ticketId, RatingRequest request) {
    }

    private final List<SentRating> sentRatings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, RatingView> ratings = new ConcurrentHashMap<>();
    private final AtomicInteger followUps = new AtomicInteger();
    private volatile @Nullable RuntimeException ratingRefusal;

    /** Every rating sent, accepted or not, in order. */
    public List<SentRating> sentRatings() {
        return List.copyOf(sentRatings);
    }

    /** While set, every rating is refused with this instead of recorded; null records them again. */
    public void refuseRatings(@Nullable RuntimeException refusal) {
        ratingRefusal = refusal;
    }

    /** A refusal as queue-service answers it, e.g. 409 {@code rating-closed}. */
    public static QueueApiException ratingProblem(int status, String code) {
        return new QueueApiException(new Problem("https://openhall.org/problems/" + code, code, status,
                "The rating was refused: " + code, code));
    }

    /**
     * Records the rating, one per ticket: a second one is refused with 409 {@code already-rated}. A bad
     * review (level 1 or 2) gets a follow-up number {@code FU-20260302-0001}, {@code -0002}…
     */
    @Override
    public RatingView rate(String ticketId, RatingRequest rating) {
        sentRatings.add(new SentRating(ticketId, rating));
        RuntimeException refusal = ratingRefusal;
        if (refusal != null) {
            throw refusal;
        }
        if (rating.level() < 1 || rating.level() > 5) {
            throw ratingProblem(400, "invalid-rating");
        }
        String followUp = rating.isBad() ? "FU-20260302-%04d".formatted(followUps.incrementAndGet()) : null;
        var view = new RatingView(ticketId, "", "", null, rating.level(), rating.reasons(), rating.comment(),
                rating.channel() == null ? "WEB" : rating.channel(), Tickets.NINE_AM, followUp);
        if (ratings.putIfAbsent(ticketId, view) != null) {
            throw ratingProblem(409, "already-rated");
        }
        return view;
    }

    /** 401 for a wrong username or password, as queue-service answers it. */
    @Override
    public StaffView signIn(StaffSignIn signIn) {
        signIns.add(signIn);
        RuntimeException failure = signInFailure;
        if (failure != null) {
            throw failure;
        }
        Account account = accounts.get(signIn.username());
        if (account == null || !account.password().equals(signIn.password())) {
            throw new QueueApiException(new Problem("https://openhall.org/problems/wrong-credentials",
                    "Unauthorized", 401, "Wrong username or password, or the account is inactive.", "wrong-credentials"));
        }
        return account.person();
    }

    @Override
    public org.openhall.client.api.HallReport report(String hall, org.openhall.client.api.HallReport.Period period,
            java.time.LocalDate date) {
        throw new UnsupportedOperationException("the boards show no reports");
    }

    @Override
    public org.openhall.client.api.ConsultationView openConsultation(String hall, org.openhall.client.api.ConsultationRequest request) {
        throw new UnsupportedOperationException("the boards hold no consultations");
    }

    @Override
    public org.openhall.client.api.ConsultationView consultation(String id) {
        throw new UnsupportedOperationException("the boards hold no consultations");
    }

    @Override
    public org.openhall.client.api.ConsultationView sendToConsultation(String id, org.openhall.client.api.ConsultationMessageRequest message) {
        throw new UnsupportedOperationException("the boards hold no consultations");
    }

    @Override
    public org.openhall.client.api.ConsultationView closeConsultation(String id) {
        throw new UnsupportedOperationException("the boards hold no consultations");
    }
}
