package org.openhall.kiosk.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalInputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.MutableClock;
import org.openhall.kiosk.gpio.GpioProperties.Platform;

/** Which Pi4J providers drive the pins, by configuration, and a kiosk that survives pins it cannot open. */
class GpioPlatformsTest {

    private static final GpioProperties PINS = new GpioProperties(Platform.MOCK, 17, true, Duration.ofMillis(50),
            27, 22, Duration.ofMillis(20), 23, 24, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-26T02:00:00Z"), ZoneId.of("UTC"));

    private static void assertDrivenBy(Context context, String input, String output) {
        try {
            assertThat(context.providers().all().keySet()).containsExactlyInAnyOrder(input, output);
            assertThat(context.providers().all(IOType.DIGITAL_INPUT).keySet()).containsExactly(input);
            assertThat(context.providers().all(IOType.DIGITAL_OUTPUT).keySet()).containsExactly(output);
        } finally {
            context.shutdown();
        }
    }

    @Test
    void mockUsesOnlyPi4jsMockProviders() {
        assertDrivenBy(GpioConfiguration.context(Platform.MOCK, null), MockDigitalInputProvider.ID,
                MockDigitalOutputProvider.ID);
    }

    @Test
    void gpiodUsesOnlyTheGpioCharacterDeviceProviders() {
        assertDrivenBy(GpioConfiguration.context(Platform.GPIOD, "gpiochip0"), GpioDDigitalInputProvider.ID,
                GpioDDigitalOutputProvider.ID);
    }

    @Test
    void linuxfsUsesOnlyTheSysfsProviders() {
        assertDrivenBy(GpioConfiguration.context(Platform.LINUXFS, null), LinuxFsDigitalInputProvider.ID,
                LinuxFsDigitalOutputProvider.ID);
    }

    @Test
    void theMockPlatformOpensThePinsAsBefore() {
        KioskGpio gpio = GpioConfiguration.open(PINS, clock);
        try {
            assertThat(gpio).isInstanceOf(Pi4jKioskGpio.class);
            assertThat(gpio.fault()).isNull();
            gpio.statusLed(LedState.READY);
            assertThat(gpio.statusLed()).isEqualTo(LedState.READY);
        } finally {
            ((Pi4jKioskGpio) gpio).close();
        }
    }

    @Test
    void gpiodOffARaspberryPiLeavesThePinsOffAndSaysWhy() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has a GPIO chip");

        KioskGpio gpio = GpioConfiguration.open(PINS.on(Platform.GPIOD), clock);

        assertThat(gpio).isInstanceOf(DisabledKioskGpio.class);
        assertThat(gpio.fault()).startsWith("gpiod could not open the pins").contains("ticket button");
        assertThatItStillBehaves(gpio);
    }

    @Test
    void linuxfsOffARaspberryPiLeavesThePinsOffAndSaysWhy() {
        assumeFalse(Files.isWritable(Path.of("/sys/class/gpio/export")), "this machine has sysfs GPIO");

        KioskGpio gpio = GpioConfiguration.open(PINS.on(Platform.LINUXFS), clock);

        assertThat(gpio).isInstanceOf(DisabledKioskGpio.class);
        assertThat(gpio.fault()).startsWith("linuxfs could not open the pins");
        assertThatItStillBehaves(gpio);
    }

    private static void assertThatItStillBehaves(KioskGpio gpio) {
        gpio.onTicketButton(() -> { }).remove();
        gpio.statusLed(LedState.PRINTING);
        assertThat(gpio.statusLed()).isEqualTo(LedState.PRINTING);
        assertThat(gpio.paperLow()).isFalse();
        gpio.buzz(Duration.ofSeconds(1));
    }
}
