package org.openhall.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
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
import org.openhall.client.api.PauseRequest;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.Problem;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;

/**
 * {@link QueueApi} over HTTP/1.1 and JSON. Thread-safe; share one instance per queue-service and
 * close it when done. No call waits longer than the settings' request timeout for an answer.
 */
public final class HttpQueueClient implements QueueApi, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpQueueClient.class);

    private static final String JSON = "application/json";

    private final QueueClientSettings settings;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;

    public HttpQueueClient(QueueClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .build();
    }

    public QueueClientSettings settings() {
        return settings;
    }

    @Override
    public List<HallView> halls() {
        return get(listOf(HallView.class), "halls");
    }

    @Override
    public List<ServiceView> services(String hall) {
        return get(listOf(ServiceView.class), "halls", hall, "services");
    }

    @Override
    public List<WindowView> windows(String hall) {
        return get(listOf(WindowView.class), "halls", hall, "windows");
    }

    @Override
    public TicketView issueTicket(String hall, IssueTicketRequest request, String idempotencyKey) {
        return idempotentTicket(request, idempotencyKey, "halls", hall, "tickets");
    }

    @Override
    public TicketView ticket(String ticketId) {
        return get(type(TicketView.class), "tickets", ticketId);
    }

    @Override
    public Optional<TicketView> callNext(long windowId) {
        return exchange(post(settings.apiUri("windows", windowId, "call-next"), null).build(), type(TicketView.class));
    }

    @Override
    public TicketView call(long windowId, CallTicketRequest request) {
        return post(TicketView.class, request, "windows", windowId, "call");
    }

    @Override
    public TicketView recall(String ticketId) {
        return ticketAction(ticketId, "recall");
    }

    @Override
    public TicketView start(String ticketId) {
        return ticketAction(ticketId, "start");
    }

    @Override
    public TicketView complete(String ticketId) {
        return ticketAction(ticketId, "complete");
    }

    @Override
    public TicketView noShow(String ticketId) {
        return ticketAction(ticketId, "no-show");
    }

    @Override
    public TicketView requeue(String ticketId) {
        return ticketAction(ticketId, "requeue");
    }

    @Override
    public TicketView cancel(String ticketId) {
        return ticketAction(ticketId, "cancel");
    }

    @Override
    public TicketView transfer(String ticketId, TransferRequest request) {
        return post(TicketView.class, request, "tickets", ticketId, "transfer");
    }

    @Override
    public WindowView openWindow(long windowId) {
        return post(WindowView.class, null, "windows", windowId, "open");
    }

    @Override
    public WindowView pauseWindow(long windowId, String reason) {
        return post(WindowView.class, new PauseRequest(reason), "windows", windowId, "pause");
    }

    @Override
    public WindowView closeWindow(long windowId) {
        return post(WindowView.class, null, "windows", windowId, "close");
    }

    @Override
    public HallSnapshot snapshot(String hall) {
        return get(type(HallSnapshot.class), "halls", hall, "snapshot");
    }

    @Override
    public HallStats stats(String hall) {
        return get(type(HallStats.class), "halls", hall, "stats");
    }

    @Override
    public HallReport report(String hall, HallReport.Period period, LocalDate date) {
        URI uri = URI.create(settings.apiUri("halls", hall, "reports", period.path()) + "?date=" + date);
        return required(request(uri).GET().build(), type(HallReport.class));
    }

    @Override
    public ConsultationView openConsultation(String hall, ConsultationRequest request) {
        return post(ConsultationView.class, request, "halls", hall, "consultations");
    }

    @Override
    public ConsultationView consultation(String id) {
        return get(type(ConsultationView.class), "consultations", id);
    }

    @Override
    public ConsultationView sendToConsultation(String id, ConsultationMessageRequest message) {
        return post(ConsultationView.class, message, "consultations", id, "messages");
    }

    @Override
    public ConsultationView closeConsultation(String id) {
        return post(ConsultationView.class, null, "consultations", id, "close");
    }

    @Override
    public RatingView rate(String ticketId, RatingRequest rating) {
        return post(RatingView.class, rating, "tickets", ticketId, "rating");
    }

    @Override
    public StaffView signIn(StaffSignIn signIn) {
        return post(StaffView.class, signIn, "staff", "sign-in");
    }

    @Override
    public DeviceView reportDevice(String hall, String device, DeviceReport report) {
        HttpRequest request = request(settings.apiUri("halls", hall, "devices", device))
                .header("Content-Type", JSON)
                .PUT(BodyPublishers.ofByteArray(QueueJson.MAPPER.writeValueAsBytes(report)))
                .build();
        return required(request, type(DeviceView.class));
    }

    @Override
    public TicketView ticketByNumber(String hall, String number) {
        return get(type(TicketView.class), "halls", hall, "tickets", "by-number", number);
    }

    @Override
    public CheckInView lookUpCheckIn(String hall, CheckInRequest request) {
        return post(CheckInView.class, request, "halls", hall, "check-ins", "lookup");
    }

    @Override
    public TicketView checkIn(String hall, CheckInRequest request, String idempotencyKey) {
        return idempotentTicket(request, idempotencyKey, "halls", hall, "check-ins");
    }

    /** POSTs a request that creates a ticket, with the key that makes a retry return the same ticket. */
    private TicketView idempotentTicket(Object request, String idempotencyKey, Object... path) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an idempotency key is required to issue a ticket");
        }
        HttpRequest post = post(settings.apiUri(path), request)
                .header("Idempotency-Key", idempotencyKey)
                .build();
        return required(post, type(TicketView.class));
    }

    @Override
    public PersonToday lookUpPerson(String hall, PersonLookupRequest request) {
        return post(PersonToday.class, request, "halls", hall, "people", "lookup");
    }

    @Override
    public FeedbackView submitFeedback(String hall, FeedbackRequest request) {
        return post(FeedbackView.class, request, "halls", hall, "feedback");
    }

    @Override
    public FeedbackView feedback(String trackingNumber) {
        return get(type(FeedbackView.class), "feedback", trackingNumber);
    }

    /** Releases the connection pool; calls made afterwards fail. */
    @Override
    public void close() {
        http.close();
        executor.close();
    }

    private TicketView ticketAction(String ticketId, String action) {
        return post(TicketView.class, null, "tickets", ticketId, action);
    }

    private <T> T get(JavaType type, Object... path) {
        return required(request(settings.apiUri(path)).GET().build(), type);
    }

    private <T> T post(Class<T> type, @Nullable Object body, Object... path) {
        return required(post(settings.apiUri(path), body).build(), type(type));
    }

    private HttpRequest.Builder post(URI uri, @Nullable Object body) {
        if (body == null) {
            return request(uri).POST(BodyPublishers.noBody());
        }
        return request(uri).header("Content-Type", JSON)
                .POST(BodyPublishers.ofByteArray(QueueJson.MAPPER.writeValueAsBytes(body)));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", JSON);
        settings.authorization().ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private <T> T required(HttpRequest request, JavaType type) {
        return this.<T>exchange(request, type).orElseThrow(() -> new QueueApiException(new Problem(null,
                "Empty response", 204, request.method() + " " + request.uri().getPath() + " answered without a body",
                null)));
    }

    /** The response's body as {@code type}, or empty on {@code 204 No Content}. */
    private <T> Optional<T> exchange(HttpRequest request, JavaType type) {
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        log.debug("{} {} -> {}", request.method(), request.uri(), status);
        if (status < 200 || status > 299) {
            Problem problem = Problems.from(status, response.headers(), response.body());
            log.debug("{} {} refused: {}", request.method(), request.uri(), problem);
            throw new QueueApiException(problem);
        }
        if (status == 204) {
            return Optional.empty();
        }
        try {
            return Optional.of(QueueJson.MAPPER.readValue(response.body(), type));
        } catch (JacksonException unreadable) {
            var refused = new QueueApiException(new Problem(null, "Unreadable response", status, request.method()
                    + " " + request.uri().getPath() + " answered with a body that is not a " + type.toCanonical()
                    + ": " + unreadable.getOriginalMessage(), null));
            refused.initCause(unreadable);
            throw refused;
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException timeout) {
            throw unavailable(request, "did not answer in time (" + timeout.getMessage() + ")", timeout);
        } catch (IOException io) {
            throw unavailable(request, "could not be reached (" + io + ")", io);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable(request, "was not awaited: the calling thread was interrupted", interrupted);
        }
    }

    private static QueueUnavailableException unavailable(HttpRequest request, String what, Exception cause) {
        String message = "queue-service " + what + " for " + request.method() + " " + request.uri();
        log.debug(message, cause);
        return new QueueUnavailableException(message, cause);
    }

    private static JavaType type(Class<?> type) {
        return QueueJson.MAPPER.constructType(type);
    }

    private static JavaType listOf(Class<?> element) {
        return QueueJson.MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }
}
