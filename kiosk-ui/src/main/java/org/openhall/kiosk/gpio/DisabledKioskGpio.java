package org.openhall.kiosk.gpio;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * The pins when the configured platform could not open them: no button presses, a LED and buzzer
 * that do nothing, no paper-low signal, and a {@link #fault()} that says why, so that the kiosk keeps
 * serving its touchscreen and staff see what is wrong.
 */
public final class DisabledKioskGpio implements KioskGpio {

    private final String fault;
    private volatile LedState led = LedState.OUT_OF_SERVICE;

    public DisabledKioskGpio(String fault) {
        this.fault = fault;
    }

    @Override
    public Registration onTicketButton(Runnable handler) {
        return () -> { };
    }

    @Override
    public void statusLed(LedState state) {
        led = state;
    }

    @Override
    public LedState statusLed() {
        return led;
    }

    @Override
    public boolean paperLow() {
        return false;
    }

    @Override
    public void buzz(Duration duration) {
    }

    @Override
    public String fault() {
        return fault;
    }
}
