package org.openhall.kiosk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * A heartbeat, about once a second, for clocks and countdowns on screen. Subscribers are called on the
 * ticker's own thread; screen work goes through {@link UI#access}.
 */
public interface SecondTicker {

    /** Calls {@code onTick} on every beat until the registration is removed. */
    Registration subscribe(Runnable onTick);

    /**
     * Runs {@code onTick} in {@code component}'s UI on every beat while the component is attached, and
     * stops when it is detached (a screen the visitor has left costs nothing).
     */
    default void whileAttached(Component component, Runnable onTick) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration beat = subscribe(() -> ui.access(onTick::run));
            component.addDetachListener(detach -> {
                beat.remove();
                detach.unregisterListener();
            });
        });
    }
}
