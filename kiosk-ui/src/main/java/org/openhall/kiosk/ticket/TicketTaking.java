package org.openhall.kiosk.ticket;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.Channel;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.HallView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.device.KioskDeviceStatus;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.printer.PrintJob;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.TicketPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gets a visitor a walk-in ticket and prints its slip.
 *
 * <p>A request that gets no answer is sent again (up to {@code openhall.kiosk.issue-retries} times)
 * with the same idempotency key, so queue-service hands out at most one ticket per key however often
 * the network fails. A printer problem never costs the visitor the ticket.
 */
@Service
public class TicketTaking {

    private static final Logger log = LoggerFactory.getLogger(TicketTaking.class);

    private final QueueApi queue;
    private final HallDirectory hall;
    private final TicketPrinter printer;
    private final KioskDeviceStatus devices;
    private final int retries;
    private final Duration backoff;
    // Requests wait on the network for seconds; virtual threads keep that off the UI and cost nothing idle.
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    public TicketTaking(QueueApi queue, HallDirectory hall, TicketPrinter printer, KioskDeviceStatus devices,
            KioskProperties properties) {
        this.queue = queue;
        this.hall = hall;
        this.printer = printer;
        this.devices = devices;
        this.retries = properties.kiosk().issueRetries();
        this.backoff = properties.kiosk().issueRetryBackoff();
    }

    /**
     * Issues a walk-in ticket for {@code service} in the background and prints it in {@code language}.
     * The future completes with the ticket, or exceptionally with {@link QueueApiException} when
     * queue-service refused (nothing was issued) or {@link QueueUnavailableException} when it never
     * answered (a ticket may exist: asking again with the same key returns it).
     */
    public CompletableFuture<IssuedTicket> take(String service, String idempotencyKey, Locale language) {
        return CompletableFuture.supplyAsync(() -> takeNow(service, idempotencyKey, language), workers);
    }

    /** {@link #take} on the calling thread. */
    public IssuedTicket takeNow(String service, String idempotencyKey, Locale language) {
        TicketView ticket = issue(IssueTicketRequest.walkIn(service), idempotencyKey);
        return new IssuedTicket(ticket, print(ticket, language));
    }

    /**
     * Like {@link #take}, for a visitor who identified themselves with {@code idNumber}: queue-service
     * binds the ticket to that person (one active ticket per person and service a day).
     */
    public CompletableFuture<IssuedTicket> takeForPerson(String service, String idNumber, String idempotencyKey,
            Locale language) {
        var request = new IssueTicketRequest(service, Channel.WALK_IN, Priority.NORMAL, idNumber);
        return CompletableFuture.supplyAsync(() -> {
            TicketView ticket = issue(request, idempotencyKey);
            return new IssuedTicket(ticket, print(ticket, language));
        }, workers);
    }

    /**
     * Checks in the pre-application or appointment of a scanned QR {@code payload} in the background,
     * and prints its ticket; retried and refused like {@link #take}.
     */
    public CompletableFuture<IssuedTicket> checkIn(String payload, String idempotencyKey, Locale language) {
        return CompletableFuture.supplyAsync(() -> {
            TicketView ticket = withRetries("check-in", idempotencyKey,
                    () -> queue.checkIn(hall.hallCode(), new CheckInRequest(payload), idempotencyKey));
            return new IssuedTicket(ticket, print(ticket, language));
        }, workers);
    }

    /**
     * Today's ticket of the hall with {@code number}.
     *
     * @throws QueueApiException         when there is none ({@code unknown-ticket})
     * @throws QueueUnavailableException when queue-service does not answer
     */
    public TicketView ticketByNumber(String number) {
        return queue.ticketByNumber(hall.hallCode(), number);
    }

    /**
     * The ticket with {@code id} as queue-service knows it now.
     *
     * @throws QueueApiException         when there is no such ticket
     * @throws QueueUnavailableException when queue-service does not answer
     */
    public TicketView ticket(String id) {
        return queue.ticket(id);
    }

    private TicketView issue(IssueTicketRequest request, String idempotencyKey) {
        return withRetries("service " + request.service(), idempotencyKey,
                () -> queue.issueTicket(hall.hallCode(), request, idempotencyKey));
    }

    private TicketView withRetries(String service, String idempotencyKey, Supplier<TicketView> send) {
        for (int attempt = 0; ; attempt++) {
            try {
                TicketView ticket = send.get();
                log.info("Issued ticket {} ({}) for {} in hall {}", ticket.number(), ticket.id(), service,
                        hall.hallCode());
                return ticket;
            } catch (QueueUnavailableException e) {
                if (attempt >= retries) {
                    log.warn("No ticket for {}: queue-service did not answer after {} attempts (key {})",
                            service, attempt + 1, idempotencyKey, e);
                    throw e;
                }
                log.info("No answer from queue-service for {} (attempt {}); sending again with key {}",
                        service, attempt + 1, idempotencyKey);
                pause(e);
            } catch (QueueApiException e) {
                log.info("queue-service refused a ticket for {}: {} {}", service, e.code(), e.getMessage());
                throw e;
            }
        }
    }

    private void pause(QueueUnavailableException cause) {
        if (backoff.isZero() || backoff.isNegative()) {
            return;
        }
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private PrintResult print(TicketView ticket, Locale language) {
        HallView known = hall.hallIfKnown().orElse(null);
        LocalizedText hallName = known != null ? known.name() : LocalizedText.of(hall.hallCode(), hall.hallCode());
        try {
            // Through the device status, so that the LED blinks and a failure is reported at once.
            PrintResult result = devices.print(printer, new PrintJob(ticket, hallName, hall.zone(), language));
            if (result instanceof PrintResult.Failed failed) {
                log.warn("Ticket {} ({}) is issued but did not print: {}", ticket.number(), ticket.id(),
                        failed.reason());
            }
            return result;
        } catch (RuntimeException e) {
            // The printer's contract is not to throw; if one does anyway, the visitor still gets the ticket.
            log.error("Ticket {} ({}) is issued but the printer failed", ticket.number(), ticket.id(), e);
            return new PrintResult.Failed(String.valueOf(e.getMessage()));
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
