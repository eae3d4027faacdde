package org.openhall.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.LocalizedText;
import org.openhall.kiosk.FakeGpio;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.KioskTestConfiguration;
import org.openhall.kiosk.MutableClock;
import org.openhall.kiosk.gpio.KioskGpio;
import org.openhall.kiosk.gpio.LedState;
import org.openhall.kiosk.printer.PrintJob;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.PrinterStatus;
import org.openhall.kiosk.printer.SlipJob;
import org.openhall.kiosk.printer.TicketPrinter;
import org.openhall.kiosk.scan.CameraFrameDecoder;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScannerProperties;
import org.springframework.boot.health.contributor.Status;

class KioskDeviceStatusTest {

    private final MutableClock clock = new MutableClock(KioskTestConfiguration.START, java.time.ZoneId.of("UTC"));
    private final FakeQueueApi queue = new FakeQueueApi(clock);
    private final FakeGpio gpio = new FakeGpio();
    private final FakePrinter printer = new FakePrinter();
    private final CameraScanner camera = new CameraScanner(new CameraFrameDecoder(), new CodeScans(), clock,
            new ScannerProperties(null, 9600, 4, 1280, 720, Duration.ofSeconds(3)));
    private final KioskDeviceStatus devices = new KioskDeviceStatus(queue, printer, gpio, null, camera, "demo", clock,
            Duration.ofSeconds(5));
    private final KioskHealth health = new KioskHealth(devices);

    @Test
    void isReadyWithGreenLightWhenEverythingAnswers() {
        var snapshot = devices.refresh();

        assertThat(snapshot.state()).isEqualTo(KioskState.READY);
        assertThat(snapshot.problems()).isEmpty();
        assertThat(gpio.led).isEqualTo(LedState.READY);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("state", "READY").containsEntry("serialScanner",
                "NOT_CONFIGURED");
    }

    @Test
    void isOutOfServiceWithRedLightWhileQueueServiceIsUnreachableAndRecoversByItself() {
        var changes = new ArrayList<KioskState>();
        devices.onChange(snapshot -> changes.add(snapshot.state()));
        devices.refresh();
        queue.unreachable(true);
        clock.advance(Duration.ofSeconds(10));

        assertThat(devices.refresh().state()).isEqualTo(KioskState.OUT_OF_SERVICE);
        assertThat(gpio.led).isEqualTo(LedState.OUT_OF_SERVICE);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        queue.unreachable(false);
        clock.advance(Duration.ofSeconds(10));

        assertThat(devices.refresh().state()).isEqualTo(KioskState.READY);
        assertThat(gpio.led).isEqualTo(LedState.READY);
        assertThat(changes).containsExactly(KioskState.READY, KioskState.OUT_OF_SERVICE, KioskState.READY);
    }

    @Test
    void asksQueueServiceAtMostOncePerProbeInterval() {
        devices.refresh();
        queue.unreachable(true);

        assertThat(devices.refresh().queueReachable()).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(devices.refresh().queueReachable()).isFalse();
    }

    @Test
    void isOutOfServiceAtOnceWhenAScreenSeesQueueServiceFail() {
        devices.queueUnreachable();

        assertThat(devices.state()).isEqualTo(KioskState.OUT_OF_SERVICE);
        assertThat(gpio.led).isEqualTo(LedState.OUT_OF_SERVICE);

        devices.queueReachable();

        assertThat(devices.state()).isEqualTo(KioskState.READY);
    }

    @Test
    void isDegradedWhenThePrinterFailsAndBlinksWhilePrinting() {
        var ledWhilePrinting = new AtomicReference<LedState>();
        printer.onPrint = () -> ledWhilePrinting.set(gpio.led);
        printer.status = PrinterStatus.READY.withFault("printer not ready: paper end");

        PrintResult result = devices.print(printer, job());

        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        assertThat(ledWhilePrinting).hasValue(LedState.PRINTING);
        assertThat(gpio.led).isEqualTo(LedState.READY);
        var snapshot = devices.snapshot();
        assertThat(snapshot.state()).isEqualTo(KioskState.DEGRADED);
        assertThat(snapshot.problems()).anySatisfy(problem -> assertThat(problem).contains("paper end"));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("state", "DEGRADED");
    }

    @Test
    void reportsThePaperSensorAndACameraThatDidNotStart() {
        gpio.paperLow = true;

        var snapshot = devices.snapshot();

        assertThat(snapshot.paperLow()).isTrue();
        assertThat(snapshot.problems()).contains("paper low (sensor)");
        assertThat(snapshot.state()).isEqualTo(KioskState.READY);
    }


    static final class FakePrinter implements TicketPrinter {
        volatile PrinterStatus status = PrinterStatus.READY;
        Runnable onPrint = () -> { };

        @Override
        public PrintResult print(SlipJob job) {
            onPrint.run();
            return status.fault() == null ? new PrintResult.Printed(null) : new PrintResult.Failed(status.fault());
        }

        @Override
        public PrinterStatus status() {
            return status;
        }
    }

    static PrintJob job() {
        return new PrintJob(new org.openhall.client.api.TicketView("id", "demo", "A001",
                java.time.LocalDate.of(2025, 11, 26), "s", LocalizedText.of("服务", "Service"),
                org.openhall.client.api.Channel.WALK_IN, org.openhall.client.api.Priority.NORMAL,
                org.openhall.client.api.TicketStatus.WAITING, 0, null, "http://h/t/id", KioskTestConfiguration.START,
                null, null, null, null, null, null, 0, null), LocalizedText.of("厅", "Hall"), java.time.ZoneId.of("UTC"), Locale.ENGLISH);
    }
}
