package org.openhall.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.KioskTestConfiguration;
import org.openhall.kiosk.gpio.DisabledKioskGpio;
import org.openhall.kiosk.gpio.KioskGpio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A kiosk configured for a Raspberry Pi's GPIO but started elsewhere: it runs, DEGRADED, and says why. */
@SpringBootTest(properties = {
        "openhall.kiosk.gpio.platform=gpiod",
        "openhall.kiosk.health.probe-interval=1h",
        "openhall.kiosk.heartbeat-initial-delay=1h"})
@Import(KioskTestConfiguration.class)
class KioskWithoutGpioTest {

    @Autowired
    KioskGpio gpio;

    @Autowired
    KioskDeviceStatus devices;

    @Autowired
    @Qualifier("kiosk")
    HealthIndicator health;

    @Test
    void startsWithTheGpioOffAndReportsItInItsHealth() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has a GPIO chip");

        assertThat(gpio).isInstanceOf(DisabledKioskGpio.class);
        assertThat(devices.snapshot().state()).isEqualTo(KioskState.DEGRADED);
        assertThat(DeviceReporting.detail(devices.snapshot())).startsWith("gpio: gpiod could not open the pins");
        var kiosk = health.health();
        assertThat(kiosk.getStatus()).isEqualTo(Status.UP);
        assertThat(kiosk.getDetails()).containsEntry("state", "DEGRADED");
        assertThat((String) kiosk.getDetails().get("gpio")).startsWith("gpiod could not open the pins");
    }
}
