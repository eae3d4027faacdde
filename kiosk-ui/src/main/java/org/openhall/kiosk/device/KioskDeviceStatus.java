package org.openhall.kiosk.device;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.kiosk.gpio.KioskGpio;
import org.openhall.kiosk.gpio.LedState;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.PrinterStatus;
import org.openhall.kiosk.printer.SlipJob;
import org.openhall.kiosk.printer.TicketPrinter;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.SerialScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk's devices and queue-service are doing, for screens, the status LED and the actuator.
 * queue-service counts as reachable until a probe ({@link #refresh()}) or a screen
 * ({@link #queueUnreachable()}) says otherwise; the LED is red while OUT OF SERVICE, blinks while a
 * slip prints ({@link #print}) and is green otherwise. Thread-safe.
 */
public class KioskDeviceStatus {

    private static final Logger log = LoggerFactory.getLogger(KioskDeviceStatus.class);

    private final QueueApi queue;
    private final TicketPrinter printer;
    private final KioskGpio gpio;
    private final @Nullable SerialScanner serialScanner;
    private final CameraScanner camera;
    private final String hall;
    private final Clock clock;
    private final Duration minProbeInterval;
    private final List<Consumer<DeviceSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger printing = new AtomicInteger();
    private volatile boolean queueReachable = true;
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile @Nullable KioskState lastState;

    public KioskDeviceStatus(QueueApi queue, TicketPrinter printer, KioskGpio gpio,
            @Nullable SerialScanner serialScanner, CameraScanner camera, String hall, Clock clock,
            Duration minProbeInterval) {
        this.queue = queue;
        this.printer = printer;
        this.gpio = gpio;
        this.serialScanner = serialScanner;
        this.camera = camera;
        this.hall = hall;
        this.clock = clock;
        this.minProbeInterval = minProbeInterval;
    }

    /** The devices now, without asking queue-service (never blocks on the network). */
    public DeviceSnapshot snapshot() {
        PrinterStatus printerStatus = printer.status();
        boolean paperLow = gpio.paperLow();
        String serial = serialScanner == null ? "NOT_CONFIGURED" : serialScanner.state().name();
        String cameraFailure = camera.lastFailure().orElse(null);
        String gpioFault = gpio.fault();
        var problems = new ArrayList<String>();
        if (!queueReachable) {
            problems.add("queue-service unreachable");
        }
        boolean printerFault = printerStatus.fault() != null || !printerStatus.canPrint();
        if (printerFault) {
            problems.add("printer: " + String.join(", ", printerStatus.problems()));
        } else if (printerStatus.paperNearEnd()) {
            problems.add("printer: paper near end");
        }
        if (paperLow) {
            problems.add("paper low (sensor)");
        }
        if ("FAILED".equals(serial)) {
            problems.add("serial scanner failed");
        }
        if (cameraFailure != null) {
            problems.add("camera: " + cameraFailure);
        }
        if (gpioFault != null) {
            problems.add("gpio: " + gpioFault);
        }
        // without its pins the kiosk still serves the touchscreen, but the ticket button and LED are dead
        KioskState state = !queueReachable ? KioskState.OUT_OF_SERVICE
                : printerFault || gpioFault != null ? KioskState.DEGRADED : KioskState.READY;
        return new DeviceSnapshot(state, queueReachable, printerStatus, paperLow, serial, cameraFailure, gpioFault,
                checkedAt, problems);
    }

    /** The kiosk's state now. */
    public KioskState state() {
        return snapshot().state();
    }

    /**
     * Asks queue-service whether it answers (at most once per minimum probe interval), then updates the
     * LED and tells listeners if the state changed.
     */
    public DeviceSnapshot refresh() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(minProbeInterval))) {
            return publish();
        }
        checkedAt = now;
        try {
            queue.halls();
            queueReachable = true;
        } catch (QueueUnavailableException e) {
            queueReachable = false;
            log.warn("queue-service unreachable for hall {}: {}", hall, e.getMessage());
        } catch (QueueApiException e) {
            // it answered, even if with an error: it is reachable
            queueReachable = true;
        } catch (RuntimeException e) {
            queueReachable = false;
            log.warn("queue-service probe for hall {} failed", hall, e);
        }
        return publish();
    }

    /** A screen saw queue-service fail to answer: OUT OF SERVICE at once, until it answers again. */
    public void queueUnreachable() {
        queueReachable = false;
        checkedAt = clock.instant();
        publish();
    }

    /** A screen got an answer from queue-service. */
    public void queueReachable() {
        queueReachable = true;
        checkedAt = clock.instant();
        publish();
    }

    /**
     * Prints {@code job} on {@code ticketPrinter} with the LED blinking meanwhile, and updates the state
     * from the result (a failed slip makes the kiosk DEGRADED).
     */
    public PrintResult print(TicketPrinter ticketPrinter, SlipJob job) {
        if (printing.getAndIncrement() == 0) {
            gpio.statusLed(LedState.PRINTING);
        }
        try {
            return ticketPrinter.print(job);
        } finally {
            printing.decrementAndGet();
            publish();
        }
    }

    /** Calls {@code listener} with a snapshot each time the kiosk's state changes, on the changing thread. */
    public Registration onChange(Consumer<DeviceSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    private DeviceSnapshot publish() {
        DeviceSnapshot now = snapshot();
        if (printing.get() == 0) {
            gpio.statusLed(now.state() == KioskState.OUT_OF_SERVICE ? LedState.OUT_OF_SERVICE : LedState.READY);
        }
        KioskState before = lastState;
        lastState = now.state();
        if (before != now.state()) {
            log.info("Kiosk is {}{}", now.state(), now.problems().isEmpty() ? "" : ": " + now.problems());
            for (var listener : listeners) {
                try {
                    listener.accept(now);
                } catch (RuntimeException e) {
                    log.error("A kiosk state listener failed", e);
                }
            }
        }
        return now;
    }
}
