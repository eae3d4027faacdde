package org.openhall.kiosk.device;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.openhall.client.DeviceIds;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.DeviceReport;
import org.openhall.client.api.DeviceState;
import org.openhall.kiosk.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Tells queue-service how the kiosk is doing ({@code PUT /api/halls/{hall}/devices/{device}}), for the
 * managers' dashboard: at once when the kiosk's state changes, and on every heartbeat, which first asks
 * queue-service afresh so that a kiosk that was OUT OF SERVICE reports READY (or DEGRADED) as soon as
 * queue-service answers again. Reports are sent on the given scheduler's thread, never on the thread
 * that changed the state (a screen's); a report that fails is logged and sent again on the next beat.
 */
public class DeviceReporting implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeviceReporting.class);

    /** The kind queue-service files a kiosk's reports under. */
    public static final String KIND = "KIOSK";

    /** The longest detail queue-service accepts. */
    static final int MAX_DETAIL = 200;


    private final QueueApi queue;
    private final KioskDeviceStatus devices;
    private final String hall;
    private final String device;
    private final Duration heartbeat;
    private final Duration initialDelay;
    private final ScheduledExecutorService scheduler;
    // a change waits for the scheduler; several changes before it runs make one report of the latest state
    private final AtomicBoolean changePending = new AtomicBoolean();
    private volatile @Nullable Registration listening;
    private volatile @Nullable ScheduledFuture<?> beats;
    private volatile @Nullable String lastRefusal;

    public DeviceReporting(QueueApi queue, KioskDeviceStatus devices, String hall, String device, Duration heartbeat,
            Duration initialDelay, ScheduledExecutorService scheduler) {
        if (!device.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("Device id must be 1 to 64 letters, digits, - or _ but was " + device);
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("The heartbeat must be positive but was " + heartbeat);
        }
        this.queue = queue;
        this.devices = devices;
        this.hall = hall;
        this.device = device;
        this.heartbeat = heartbeat;
        this.initialDelay = initialDelay;
        this.scheduler = scheduler;
    }

    /** The id the kiosk reports as. */
    public String device() {
        return device;
    }

    @Override
    public void start() {
        listening = devices.onChange(snapshot -> {
            if (!changePending.getAndSet(true)) {
                scheduler.execute(this::reportChange);
            }
        });
        beats = scheduler.scheduleWithFixedDelay(this::beat, Math.max(0, initialDelay.toMillis()),
                heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Kiosk reports to hall {} as device {} every {}", hall, device, heartbeat);
    }

    @Override
    public void stop() {
        Registration registration = listening;
        if (registration != null) {
            registration.remove();
            listening = null;
        }
        ScheduledFuture<?> running = beats;
        if (running != null) {
            running.cancel(false);
            beats = null;
        }
    }

    @Override
    public boolean isRunning() {
        return beats != null;
    }

    /** One heartbeat: asks queue-service whether it answers, then reports the state that results. */
    void beat() {
        try {
            devices.refresh();
            // this report carries any change the refresh caused
            changePending.set(false);
            report();
        } catch (RuntimeException e) {
            // a failed beat must not end the schedule
            log.warn("Kiosk heartbeat for device {} failed", device, e);
        }
    }

    private void reportChange() {
        if (changePending.getAndSet(false)) {
            report();
        }
    }

    /** Sends the kiosk's state now; never throws. */
    void report() {
        DeviceReport report = reportOf(devices.snapshot());
        try {
            queue.reportDevice(hall, device, report);
            lastRefusal = null;
            log.debug("Reported device {} in hall {} as {}{}", device, hall, report.state(),
                    report.detail() == null ? "" : " (" + report.detail() + ")");
        } catch (QueueUnavailableException e) {
            log.debug("Could not report device {} in hall {}: {}; trying again on the next beat", device, hall,
                    e.getMessage());
        } catch (QueueApiException e) {
            // a refusal (unknown hall, bad token) will not go away by itself: say so once, not every beat
            if (!Objects.equals(lastRefusal, e.code())) {
                log.warn("queue-service refused the report of device {} in hall {}: {} {}", device, hall, e.code(),
                        e.getMessage());
            }
            lastRefusal = e.code();
        } catch (RuntimeException e) {
            log.debug("Could not report device {} in hall {}", device, hall, e);
        }
    }

    /** What {@code snapshot} says, as queue-service takes it. */
    static DeviceReport reportOf(DeviceSnapshot snapshot) {
        return new DeviceReport(KIND, DeviceState.valueOf(snapshot.state().name()), detail(snapshot));
    }

    /**
     * What is wrong, in plain words for the dashboard ("printer: paper out; paper low"), at most 200
     * characters; null when nothing is.
     */
    static @Nullable String detail(DeviceSnapshot snapshot) {
        var parts = new ArrayList<String>();
        if (!snapshot.queueReachable()) {
            parts.add("queue-service unreachable");
        }
        PrinterStatus printer = snapshot.printer();
        var printerProblems = new ArrayList<String>();
        if (printer.paperEnd()) {
            printerProblems.add("paper out");
        }
        if (printer.coverOpen()) {
            printerProblems.add("cover open");
        }
        if (printer.offline() && !printer.paperEnd() && !printer.coverOpen()) {
            printerProblems.add("offline");
        }
        if (printer.error()) {
            printerProblems.add("error");
        }
        if (printerProblems.isEmpty() && printer.fault() != null) {
            printerProblems.add(printer.fault());
        }
        if (!printerProblems.isEmpty()) {
            parts.add("printer: " + String.join(", ", printerProblems));
        }
        if (snapshot.paperLow() || (printer.paperNearEnd() && !printer.paperEnd())) {
            parts.add("paper low");
        }
        if ("FAILED".equals(snapshot.serialScanner())) {
            parts.add("serial scanner failed");
        }
        if (snapshot.cameraFailure() != null) {
            parts.add("camera: " + snapshot.cameraFailure());
        }
        if (snapshot.gpioFault() != null) {
            parts.add("gpio: " + snapshot.gpioFault());
        }
        if (parts.isEmpty()) {
            return null;
        }
        String detail = String.join("; ", parts).replaceAll("\\p{Cntrl}", " ");
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    /** {@code kiosk-<host>}, as {@link DeviceIds#fromHost} makes it; {@code kiosk} without a host. */
    static String defaultId(@Nullable String host) {
        return DeviceIds.fromHost("kiosk", host);
    }

    /** This machine's host name, or null. */
    static @Nullable String hostName() {
        return DeviceIds.hostName();
    }
}
