package org.openhall.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.KioskTestConfiguration;
import org.openhall.kiosk.gpio.KioskGpio;
import org.openhall.kiosk.gpio.LedState;
import org.openhall.kiosk.printer.EscPosTicketPrinter;
import org.openhall.kiosk.printer.TicketPrinter;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.SerialScanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The device layer as the application wires it: ESC/POS printer on TCP, mock GPIO, no serial scanner. */
@SpringBootTest(properties = {
        "openhall.kiosk.printer=escpos",
        "openhall.kiosk.printer-port=tcp://127.0.0.1:9",
        "openhall.kiosk.printer-timeout=200ms",
        "openhall.kiosk.gpio.platform=mock",
        "openhall.kiosk.health.probe-interval=1h",
        "openhall.kiosk.id=kiosk-door-1"})
@Import(KioskTestConfiguration.class)
class KioskDevicesWiringTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    KioskDeviceStatus devices;

    @Autowired
    FakeQueueApi queue;

    @Autowired
    @Qualifier("kiosk")
    HealthIndicator health;

    @Test
    void wiresTheDevicesAndReportsTheKioskHealth() {
        assertThat(context.getBean(CodeScans.class)).isNotNull();
        assertThat(context.getBean(CameraScanner.class)).isNotNull();
        assertThat(context.getBeansOfType(SerialScanner.class)).isEmpty();
        assertThat(context.getBeansOfType(TicketPrinter.class).values())
                .hasAtLeastOneElementOfType(EscPosTicketPrinter.class);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsKeys("state", "printer", "queueReachable", "paperLow");
        assertThat(context.getBean(KioskGpio.class).statusLed()).isEqualTo(LedState.READY);
        assertThat(context.getBean(KioskGpio.class).fault()).isNull();
    }

    @Test
    void reportsToQueueServiceUnderItsConfiguredIdFromTheStart() {
        assertThat(context.getBean(DeviceReporting.class).device()).isEqualTo("kiosk-door-1");
        // the first heartbeat goes out at start, on the reporting thread
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queue.deviceReports())
                .anySatisfy(call -> {
                    assertThat(call.hall()).isEqualTo("demo");
                    assertThat(call.device()).isEqualTo("kiosk-door-1");
                    assertThat(call.report().kind()).isEqualTo("KIOSK");
                }));
    }
}
