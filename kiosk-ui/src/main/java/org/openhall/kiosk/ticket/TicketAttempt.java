package org.openhall.kiosk.ticket;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One screen's way of getting the visitor a ticket (walk-in, check-in, walk-in bound to an ID): at
 * most one request in flight, one idempotency key per attempt (see {@link TicketRequest}), the issued
 * ticket shown on the ticket screen, and a refusal or a missing answer handed back as a plain sentence.
 * Not thread-safe: it belongs to one screen and is used on its UI thread.
 */
public final class TicketAttempt {

    private static final Logger log = LoggerFactory.getLogger(TicketAttempt.class);

    private final TicketRequest request = new TicketRequest();
    private boolean running;

    /** Whether a request is on its way; the screen keeps its ticket buttons disabled meanwhile. */
    public boolean running() {
        return running;
    }

    /**
     * Sends {@code send} with the key of the attempt for {@code subject} (a service, a check-in
     * reference), unless a request is already on its way (then it returns false and does nothing). On a
     * ticket the UI moves to the ticket screen; otherwise {@code trouble} gets the sentence to show.
     * {@code done} runs on the UI thread when the request ends either way, before the navigation.
     */
    public boolean start(UI ui, String subject, Function<String, CompletableFuture<IssuedTicket>> send,
            Consumer<Sentence> trouble, Runnable done) {
        if (running) {
            return false;
        }
        running = true;
        String key = request.keyFor(subject);
        CompletableFuture<IssuedTicket> future;
        try {
            future = send.apply(key);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((issued, failure) -> ui.access(() -> finished(ui, subject, issued, failure, trouble,
                done)));
        return true;
    }

    private void finished(UI ui, String subject, @Nullable IssuedTicket issued, @Nullable Throwable failure,
            Consumer<Sentence> trouble, Runnable done) {
        running = false;
        done.run();
        if (issued != null) {
            request.settled();
            ComponentUtil.setData(ui, IssuedTicket.class, issued);
            ui.navigate(KioskRoutes.TICKET + "/" + issued.ticket().id());
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        switch (cause) {
            case QueueApiException refusal -> {
                request.settled();
                trouble.accept(Refusals.sentenceOf(refusal));
            }
            // No answer: a ticket may exist. The attempt stays open, so trying the same again sends the
            // same key and gets that ticket rather than a second one.
            case QueueUnavailableException unavailable -> trouble.accept(Sentence.problem("take.unavailable"));
            case null, default -> {
                log.error("Getting a ticket for {} failed unexpectedly", subject, cause);
                trouble.accept(Sentence.problem("error.unexpected"));
            }
        }
    }
}
