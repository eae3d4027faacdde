package org.openhall.kiosk.gpio;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The kiosk's button, LED, paper sensor and buzzer. Thread-safe. */
public interface KioskGpio {

    /**
     * Calls {@code handler} once per press of the ticket button (bounces within the debounce time are
     * one press), on a Pi4J thread: a screen uses {@code ui.access(…)}. Until the registration is removed.
     */
    Registration onTicketButton(Runnable handler);

    /** Sets the status LED: steady green, steady red, or blinking green. */
    void statusLed(LedState state);

    /** What the status LED shows now. */
    LedState statusLed();

    /** Whether the paper-low sensor says the roll is nearly used up. */
    boolean paperLow();

    /** Sounds the buzzer for {@code duration} (at most 5 s) without waiting for it to stop. */
    void buzz(Duration duration);

    /**
     * Why the pins do not work, in words for staff (for example the configured platform could not open
     * them), or null when they do.
     */
    default @Nullable String fault() {
        return null;
    }
}
