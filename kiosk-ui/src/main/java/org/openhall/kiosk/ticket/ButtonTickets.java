package org.openhall.kiosk.ticket;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.gpio.KioskGpio;
import org.openhall.kiosk.gpio.LedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical ticket button, the accessible path: one press issues and prints a walk-in ticket for
 * the hall's default service without touching the screen. A press while a ticket is being issued is
 * ignored (one press, one ticket); the buzzer confirms once, or sounds long when it failed.
 */
public class ButtonTickets implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ButtonTickets.class);

    /** Issues and prints a ticket; {@link TicketTaking#takeNow} in the app. */
    @FunctionalInterface
    public interface Issuer {
        IssuedTicket take(String service, String idempotencyKey, Locale language);
    }

    private final KioskGpio gpio;
    private final Issuer issuer;
    private final String service;
    private final Locale language;
    private final ExecutorService workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private @Nullable Registration registration;

    public ButtonTickets(KioskGpio gpio, Issuer issuer, String service, Locale language, ExecutorService workers) {
        this.gpio = gpio;
        this.issuer = issuer;
        this.service = service;
        this.language = language;
        this.workers = workers;
    }

    /** Starts listening to the button. */
    public ButtonTickets start() {
        registration = gpio.onTicketButton(this::pressed);
        return this;
    }

    private void pressed() {
        if (!busy.compareAndSet(false, true)) {
            log.debug("Ticket button pressed while a ticket is being issued; ignored");
            return;
        }
        workers.execute(() -> {
            LedState before = gpio.statusLed();
            gpio.statusLed(LedState.PRINTING);
            try {
                IssuedTicket issued = issuer.take(service, "button-" + UUID.randomUUID(), language);
                log.info("Ticket button issued {} for {}", issued.ticket().number(), service);
                gpio.buzz(Duration.ofMillis(150));
            } catch (RuntimeException e) {
                log.warn("Ticket button could not issue a ticket for {}: {}", service, e.getMessage());
                gpio.buzz(Duration.ofMillis(1200));
            } finally {
                gpio.statusLed(before == LedState.PRINTING ? LedState.READY : before);
                busy.set(false);
            }
        });
    }

    @Override
    public void close() {
        if (registration != null) {
            registration.remove();
        }
    }
}
