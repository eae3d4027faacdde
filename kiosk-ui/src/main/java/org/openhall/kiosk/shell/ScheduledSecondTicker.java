package org.openhall.kiosk.shell;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The real heartbeat: one daemon thread beating once a second for every screen of the kiosk. */
@Component
class ScheduledSecondTicker implements SecondTicker {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSecondTicker.class);

    private final Set<Runnable> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kiosk-ticker").daemon().factory());

    ScheduledSecondTicker() {
        scheduler.scheduleAtFixedRate(this::beat, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public Registration subscribe(Runnable onTick) {
        // A wrapper per subscription, so that the same task subscribed twice is removed one at a time.
        Runnable subscription = onTick::run;
        subscribers.add(subscription);
        return () -> subscribers.remove(subscription);
    }

    private void beat() {
        for (Runnable subscriber : subscribers) {
            try {
                subscriber.run();
            } catch (RuntimeException e) {
                // A page closed between two beats detaches its UI; the next detach removes the subscriber.
                log.debug("A screen missed a beat", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
