package org.openhall.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.DeviceReport;
import org.openhall.client.api.DeviceState;
import org.openhall.kiosk.FakeGpio;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.DeviceReportCall;
import org.openhall.kiosk.KioskTestConfiguration;
import org.openhall.kiosk.ManualScheduler;
import org.openhall.kiosk.MutableClock;
import org.openhall.kiosk.printer.PrinterStatus;
import org.openhall.kiosk.scan.CameraFrameDecoder;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScannerProperties;

/** The kiosk's reports to queue-service, with the scheduler and the clock driven by the test. */
class DeviceReportingTest {

    private static final Duration BEAT = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(KioskTestConfiguration.START, ZoneId.of("UTC"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeQueueApi queue = new FakeQueueApi(clock);
    private final FakeGpio gpio = new FakeGpio();
    private final KioskDeviceStatusTest.FakePrinter printer = new KioskDeviceStatusTest.FakePrinter();
    private final CameraScanner camera = new CameraScanner(new CameraFrameDecoder(), new CodeScans(), clock,
            new ScannerProperties(null, 9600, 4, 1280, 720, Duration.ofSeconds(3)));
    private final KioskDeviceStatus devices = new KioskDeviceStatus(queue, printer, gpio, null, camera, "demo", clock,
            Duration.ofSeconds(5));
    private final DeviceReporting reporting = new DeviceReporting(queue, devices, "demo", "kiosk-hall-1", BEAT,
            Duration.ZERO, scheduler);

    @BeforeEach
    void start() {
        reporting.start();
    }

    @AfterEach
    void stop() {
        reporting.stop();
    }

    private List<DeviceState> states() {
        return queue.deviceReports().stream().map(call -> call.report().state()).toList();
    }

    private DeviceReport lastReport() {
        return queue.deviceReports().getLast().report();
    }

    @Test
    void reportsAtStartAndOnEveryHeartbeat() {
        scheduler.runDue();

        assertThat(queue.deviceReports()).containsExactly(
                new DeviceReportCall("demo", "kiosk-hall-1", new DeviceReport("KIOSK", DeviceState.READY, null)));

        scheduler.advance(BEAT);
        scheduler.advance(BEAT);

        assertThat(states()).containsExactly(DeviceState.READY, DeviceState.READY, DeviceState.READY);
    }

    @Test
    void reportsAStateChangeAtOnceOnTheSchedulersThreadNotTheCallers() {
        scheduler.runDue();
        printer.status = PrinterStatus.READY.withFault("paper jam");

        devices.print(printer, KioskDeviceStatusTest.job());

        // the screen's thread only handed the report over
        assertThat(states()).containsExactly(DeviceState.READY);

        scheduler.runDue();

        assertThat(states()).containsExactly(DeviceState.READY, DeviceState.DEGRADED);
        assertThat(lastReport().detail()).isEqualTo("printer: paper jam");
    }

    @Test
    void aChangeFoundByTheHeartbeatIsReportedOnce() {
        scheduler.runDue();
        printer.status = new PrinterStatus(true, true, true, false, false, false, null);

        scheduler.advance(BEAT);
        scheduler.runDue();

        assertThat(states()).containsExactly(DeviceState.READY, DeviceState.DEGRADED);
        assertThat(lastReport().detail()).isEqualTo("printer: cover open");
    }

    @Test
    void keepsTryingWhileQueueServiceIsDownAndReportsReadyAsSoonAsItAnswers() {
        scheduler.runDue();
        queue.unreachable(true);

        scheduler.advance(BEAT);
        scheduler.advance(BEAT);

        assertThat(devices.state()).isEqualTo(KioskState.OUT_OF_SERVICE);
        assertThat(states()).containsExactly(DeviceState.READY);

        queue.unreachable(false);
        scheduler.advance(BEAT);
        scheduler.runDue();

        assertThat(states()).containsExactly(DeviceState.READY, DeviceState.READY);
        assertThat(lastReport().detail()).isNull();
    }

    @Test
    void reportsDegradedWhenQueueServiceComesBackWhileThePrinterIsOutOfPaper() {
        scheduler.runDue();
        queue.unreachable(true);
        scheduler.advance(BEAT);
        printer.status = new PrinterStatus(true, true, false, true, false, false, "printer not ready: paper end");

        queue.unreachable(false);
        scheduler.advance(BEAT);
        scheduler.runDue();

        assertThat(states()).containsExactly(DeviceState.READY, DeviceState.DEGRADED);
        assertThat(lastReport().detail()).isEqualTo("printer: paper out");
    }

    @Test
    void stopsReportingWhenStopped() {
        scheduler.runDue();
        reporting.stop();

        devices.queueUnreachable();
        scheduler.advance(BEAT.multipliedBy(3));

        assertThat(states()).containsExactly(DeviceState.READY);
        assertThat(reporting.isRunning()).isFalse();
    }

    @Test
    void saysWhatIsWrongInPlainWords() {
        var ok = PrinterStatus.READY;
        assertThat(DeviceReporting.detail(snapshot(true, ok, false, null))).isNull();
        assertThat(DeviceReporting.detail(snapshot(true, ok, true, null))).isEqualTo("paper low");
        assertThat(DeviceReporting.detail(snapshot(true,
                new PrinterStatus(true, false, false, false, true, false, null), false, null))).isEqualTo("paper low");
        assertThat(DeviceReporting.detail(snapshot(true,
                new PrinterStatus(true, true, true, true, false, false, "printer not ready"), true, null)))
                .isEqualTo("printer: paper out, cover open; paper low");
        assertThat(DeviceReporting.detail(snapshot(false, ok, false, "gpiod could not open the pins")))
                .isEqualTo("queue-service unreachable; gpio: gpiod could not open the pins");
        assertThat(DeviceReporting.detail(snapshot(true, ok.withFault("x".repeat(300)), false, null)))
                .hasSize(200).startsWith("printer: xxx").endsWith("…");
    }

    @Test
    void derivesADefaultIdFromTheHostName() {
        assertThat(DeviceReporting.defaultId("Kiosk-Door.hall.example.org")).isEqualTo("kiosk-kiosk-door");
        assertThat(DeviceReporting.defaultId("raspberrypi")).isEqualTo("kiosk-raspberrypi");
        assertThat(DeviceReporting.defaultId("大厅 1号机")).isEqualTo("kiosk-1");
        assertThat(DeviceReporting.defaultId("")).isEqualTo("kiosk");
        assertThat(DeviceReporting.defaultId(null)).isEqualTo("kiosk");
        assertThat(DeviceReporting.defaultId("a".repeat(100))).hasSize(64).matches("[A-Za-z0-9_-]{1,64}");
        assertThat(DeviceReporting.defaultId(DeviceReporting.hostName())).matches("[A-Za-z0-9_-]{1,64}");
    }

    private static DeviceSnapshot snapshot(boolean reachable, PrinterStatus printer, boolean paperLow,
            String gpioFault) {
        return new DeviceSnapshot(reachable ? KioskState.READY : KioskState.OUT_OF_SERVICE, reachable, printer,
                paperLow, "NOT_CONFIGURED", null, gpioFault, Instant.EPOCH, List.of());
    }
}
