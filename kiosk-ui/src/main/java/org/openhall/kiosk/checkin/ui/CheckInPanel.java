package org.openhall.kiosk.checkin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.openhall.client.api.CheckInView;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.StatusLine;
import org.openhall.kiosk.ticket.IssuedTicket;
import org.openhall.kiosk.ticket.TicketAttempt;

/**
 * The confirmation step of a check-in: one card per item found, and getting the ticket for the one the
 * visitor taps. One request at a time, one idempotency key per attempt (a double tap, or a tap again
 * after no answer, never yields a second ticket).
 */
class CheckInPanel extends Div {

    /** How a ticket is requested for an item, with the attempt's idempotency key. */
    @FunctionalInterface
    interface Sender {
        CompletableFuture<IssuedTicket> send(CheckInView item, String idempotencyKey);
    }

    private final StatusLine status;
    private final TicketAttempt attempt = new TicketAttempt();
    private final List<CheckInCard> cards = new ArrayList<>();
    private final List<Runnable> whileRunning = new ArrayList<>();

    CheckInPanel(String id, StatusLine status) {
        this.status = status;
        setId(id);
        addClassName("kiosk-cards");
    }

    /** Also disables {@code toggle} (false) while a request runs and enables it (true) after. */
    void alsoWhileRunning(Consumer<Boolean> toggle) {
        whileRunning.add(() -> toggle.accept(!attempt.running()));
    }

    /** Shows {@code items}; "Get my ticket" uses {@code confirm}, "Take a walk-in ticket" {@code walkIn}. */
    void show(List<CheckInView> items, ZoneId zone, Sender confirm, Sender walkIn) {
        clear();
        int index = 0;
        for (CheckInView item : items) {
            String suffix = items.size() == 1 ? "" : "-" + index;
            index++;
            var card = new CheckInCard(item, zone, suffix,
                    chosen -> request(chosen, "check-in|" + chosen.kind() + "|" + chosen.reference(), confirm),
                    chosen -> request(chosen, "walk-in|" + chosen.service(), walkIn));
            cards.add(card);
            add(card);
        }
    }

    void clear() {
        removeAll();
        cards.clear();
    }

    boolean running() {
        return attempt.running();
    }

    private void request(CheckInView item, String subject, Sender sender) {
        UI ui = getUI().orElseThrow();
        boolean started = attempt.start(ui, subject, key -> sender.send(item, key), status::show,
                this::renderRunning);
        if (started) {
            status.show(Sentence.info("take.requesting"));
        }
        renderRunning();
    }

    private void renderRunning() {
        boolean enabled = !attempt.running();
        cards.forEach(card -> card.setActionsEnabled(enabled));
        whileRunning.forEach(Runnable::run);
    }
}
