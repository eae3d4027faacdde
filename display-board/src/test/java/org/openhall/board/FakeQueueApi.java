package org.openhall.board;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Problem;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;

/**
 * queue-service in memory, for what a board reads: the halls and their snapshots. It can be made
 * unreachable for the next calls. Everything a board never calls throws.
 */
public class FakeQueueApi implements QueueApi {

    private final Map<String, HallSnapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger snapshotRequests = new AtomicInteger();

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

    @Override
    public List<HallView> halls() {
        failIfDown();
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
    public org.openhall.client.api.HallStats stats(String hall) {
        throw new UnsupportedOperationException("not used by these tests yet");
    }

    @Override
    public org.openhall.client.api.DeviceView reportDevice(String hall, String device,
            org.openhall.client.api.DeviceReport report) {
        throw new UnsupportedOperationException("not used by these tests yet");
    }
}
