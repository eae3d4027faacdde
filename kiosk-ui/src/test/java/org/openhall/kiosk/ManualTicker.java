package org.openhall.kiosk;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openhall.kiosk.shell.SecondTicker;

/** A heartbeat that beats only when a test says so. */
public final class ManualTicker implements SecondTicker {

    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public Registration subscribe(Runnable onTick) {
        Runnable subscription = onTick::run;
        subscribers.add(subscription);
        return () -> subscribers.remove(subscription);
    }

    public void tick() {
        subscribers.forEach(Runnable::run);
    }

    public int subscribers() {
        return subscribers.size();
    }
}
