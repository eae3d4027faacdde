package org.openhall.kiosk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.shared.Registration;
import org.openhall.kiosk.gpio.KioskGpio;
import org.openhall.kiosk.gpio.LedState;

/** GPIO pins held in fields: the LED's state, the paper sensor, and the ticket button's handlers. */
public final class FakeGpio implements KioskGpio {
    public volatile LedState led = LedState.OUT_OF_SERVICE;
    public volatile boolean paperLow;
    public final List<Runnable> handlers = new ArrayList<>();

    @Override
    public Registration onTicketButton(Runnable handler) {
        handlers.add(handler);
        return () -> handlers.remove(handler);
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
        return paperLow;
    }

    @Override
    public void buzz(Duration duration) {
    }
}
