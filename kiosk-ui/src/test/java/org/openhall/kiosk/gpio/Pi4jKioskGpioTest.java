package org.openhall.kiosk.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.MutableClock;

/** The kiosk's pins on Pi4J's mock platform. */
class Pi4jKioskGpioTest {

    private static final GpioProperties PINS = new GpioProperties(GpioProperties.Platform.MOCK, 17, true,
            Duration.ofMillis(50), 27, 22, Duration.ofMillis(20), 23, 24, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-26T02:00:00Z"), ZoneId.of("UTC"));
    private ScheduledExecutorService scheduler;
    private Context context;
    private Pi4jKioskGpio gpio;

    @BeforeEach
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        context = GpioConfiguration.mockContext();
        gpio = new Pi4jKioskGpio(context, PINS, clock, scheduler);
    }

    @AfterEach
    void stop() {
        gpio.close();
        scheduler.shutdownNow();
    }

    private MockDigitalInput input(String id) {
        return context.io(id);
    }

    private DigitalOutput output(String id) {
        return context.io(id);
    }

    @Test
    void aButtonPressCallsTheHandlerOnceDespiteBounces() {
        var presses = new AtomicInteger();
        gpio.onTicketButton(presses::incrementAndGet);
        var button = input("ticket-button");

        button.mockState(DigitalState.HIGH);
        // contact bounce within the debounce time
        button.mockState(DigitalState.LOW);
        button.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(20));
        button.mockState(DigitalState.LOW);
        button.mockState(DigitalState.HIGH);

        await().atMost(Duration.ofSeconds(2)).untilAtomic(presses, org.hamcrest.Matchers.equalTo(1));
        button.mockState(DigitalState.LOW);

        clock.advance(Duration.ofSeconds(1));
        button.mockState(DigitalState.HIGH);
        await().atMost(Duration.ofSeconds(2)).untilAtomic(presses, org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void releasingTheButtonIsNoPressAndARemovedHandlerIsNotCalled() {
        var presses = new AtomicInteger();
        var registration = gpio.onTicketButton(presses::incrementAndGet);
        var button = input("ticket-button");
        button.mockState(DigitalState.HIGH);
        await().untilAtomic(presses, org.hamcrest.Matchers.equalTo(1));

        clock.advance(Duration.ofSeconds(1));
        button.mockState(DigitalState.LOW);
        registration.remove();
        clock.advance(Duration.ofSeconds(1));
        button.mockState(DigitalState.HIGH);

        assertThat(presses).hasValue(1);
    }

    @Test
    void showsReadyInSteadyGreenAndOutOfServiceInRed() {
        assertThat(gpio.statusLed()).isEqualTo(LedState.OUT_OF_SERVICE);
        assertThat(output("led-red").isHigh()).isTrue();
        assertThat(output("led-green").isLow()).isTrue();

        gpio.statusLed(LedState.READY);

        assertThat(output("led-green").isHigh()).isTrue();
        assertThat(output("led-red").isLow()).isTrue();

        gpio.statusLed(LedState.OUT_OF_SERVICE);

        assertThat(output("led-green").isLow()).isTrue();
        assertThat(output("led-red").isHigh()).isTrue();
    }

    @Test
    void blinksGreenWhilePrintingAndStopsAfterwards() {
        gpio.statusLed(LedState.PRINTING);

        Set<DigitalState> seen = new HashSet<>();
        await().atMost(Duration.ofSeconds(2)).until(() -> {
            seen.add(output("led-green").state());
            return seen.size() == 2;
        });
        assertThat(output("led-red").isLow()).isTrue();

        gpio.statusLed(LedState.READY);

        assertThat(output("led-green").isHigh()).isTrue();
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1))
                .until(() -> output("led-green").isHigh());
    }

    @Test
    void readsThePaperLowSensor() {
        assertThat(gpio.paperLow()).isFalse();

        input("paper-low").mockState(DigitalState.HIGH);

        assertThat(gpio.paperLow()).isTrue();
    }

    @Test
    void buzzesForTheGivenTime() {
        gpio.buzz(Duration.ofMillis(50));

        assertThat(output("buzzer").isHigh()).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> output("buzzer").isLow());
    }
}
