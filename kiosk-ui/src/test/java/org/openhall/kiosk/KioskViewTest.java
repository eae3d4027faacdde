package org.openhall.kiosk;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the screen tests: the whole kiosk app in a browserless Vaadin UI, with queue-service, the
 * clock, the heartbeat and the printer replaced (see {@link KioskTestConfiguration}).
 */
@SpringBootTest(properties = {
        "openhall.kiosk.issue-retry-backoff=0s",
        "openhall.kiosk.ticket-screen-time=20s",
        "openhall.kiosk.idle-timeout=60s",
        "openhall.kiosk.unavailable-retry-interval=15s",
        "openhall.kiosk.heartbeat-initial-delay=1h"})
@Import(KioskTestConfiguration.class)
public abstract class KioskViewTest extends SpringBrowserlessTest {

    @Autowired
    protected FakeQueueApi queue;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected ManualTicker ticker;

    @Autowired
    protected SwitchablePrinter printer;

    @BeforeEach
    void resetTheHall() {
        queue.reset();
        clock.set(KioskTestConfiguration.START);
        printer.jammed(false);
    }

    /** Runs what background work handed to the UI (what push would deliver to the browser). */
    protected void runUiTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** Waits until background work has reached the UI and {@code check} holds. */
    protected void awaitUi(Runnable check) {
        // The session lock and VaadinSession.getCurrent() belong to the test thread: poll on it.
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    runUiTasks();
                    check.run();
                });
    }

    /** One heartbeat after {@code time} has passed. */
    protected void passTime(Duration time) {
        clock.advance(time);
        ticker.tick();
        runUiTasks();
    }

    protected Button button(String id) {
        return $(Button.class).id(id);
    }

    /** Whether the component with {@code id} is on screen (attached and visible). */
    protected boolean isShown(String id) {
        return $(Component.class).withId(id).exists();
    }

    protected String textOf(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    protected void tap(String buttonId) {
        test(button(buttonId)).click();
    }
}
