package org.openhall.kiosk.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's pins on a Pi4J {@link Context}: a real Raspberry Pi or the mock platform. Debounces the
 * button in software as well (by the injected clock), because not every Pi4J provider applies the
 * configured debounce; blinks and stops the buzzer with scheduled tasks.
 */
public class Pi4jKioskGpio implements KioskGpio, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pi4jKioskGpio.class);
    private static final Duration MAX_BUZZ = Duration.ofSeconds(5);

    private final Context context;
    private final GpioProperties pins;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final DigitalInput button;
    private final DigitalInput paperSensor;
    private final DigitalOutput green;
    private final DigitalOutput red;
    private final DigitalOutput buzzer;
    private final List<Runnable> buttonHandlers = new CopyOnWriteArrayList<>();
    private final Object ledLock = new Object();
    private LedState led = LedState.OUT_OF_SERVICE;
    private @Nullable ScheduledFuture<?> blinking;
    private @Nullable ScheduledFuture<?> buzzing;
    private Instant lastPress = Instant.MIN;

    public Pi4jKioskGpio(Context context, GpioProperties pins, Clock clock, ScheduledExecutorService scheduler) {
        this.context = context;
        this.pins = pins;
        this.clock = clock;
        this.scheduler = scheduler;
        this.button = context.create(DigitalInput.newConfigBuilder(context)
                .id("ticket-button").name("Ticket button").address(pins.ticketButton())
                .pull(pins.buttonActiveHigh() ? PullResistance.PULL_DOWN : PullResistance.PULL_UP)
                .debounce(pins.debounce().toNanos() / 1000, TimeUnit.MICROSECONDS));
        this.paperSensor = context.create(DigitalInput.newConfigBuilder(context)
                .id("paper-low").name("Paper low sensor").address(pins.paperLow()).pull(PullResistance.PULL_DOWN));
        this.green = output("led-green", "Status LED green", pins.ledGreen());
        this.red = output("led-red", "Status LED red", pins.ledRed());
        this.buzzer = output("buzzer", "Buzzer", pins.buzzer());
        button.addListener((DigitalStateChangeListener) event -> {
            if (event.state() == (pins.buttonActiveHigh() ? DigitalState.HIGH : DigitalState.LOW)) {
                pressed();
            }
        });
        statusLed(LedState.OUT_OF_SERVICE);
        log.info("GPIO on {}: button {}, LED green {} red {}, paper-low {}, buzzer {}", pins.platform(),
                pins.ticketButton(), pins.ledGreen(), pins.ledRed(), pins.paperLow(), pins.buzzer());
    }

    private DigitalOutput output(String id, String name, int bcm) {
        return context.create(DigitalOutput.newConfigBuilder(context)
                .id(id).name(name).address(bcm).initial(DigitalState.LOW).shutdown(DigitalState.LOW));
    }

    private void pressed() {
        Instant now = clock.instant();
        synchronized (this) {
            if (now.isBefore(lastPress.plus(pins.debounce()))) {
                return;
            }
            lastPress = now;
        }
        log.info("Ticket button pressed");
        for (var handler : buttonHandlers) {
            try {
                handler.run();
            } catch (RuntimeException e) {
                log.error("A ticket button handler failed", e);
            }
        }
    }

    @Override
    public Registration onTicketButton(Runnable handler) {
        buttonHandlers.add(handler);
        return () -> buttonHandlers.remove(handler);
    }

    @Override
    public void statusLed(LedState state) {
        synchronized (ledLock) {
            if (blinking != null) {
                blinking.cancel(false);
                blinking = null;
            }
            led = state;
            switch (state) {
                case READY -> {
                    red.low();
                    green.high();
                }
                case OUT_OF_SERVICE -> {
                    green.low();
                    red.high();
                }
                case PRINTING -> {
                    red.low();
                    green.high();
                    long period = pins.blinkInterval().toMillis();
                    blinking = scheduler.scheduleAtFixedRate(this::toggleGreen, period, period, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** One blink step: the scheduled task while printing. */
    void toggleGreen() {
        synchronized (ledLock) {
            if (led == LedState.PRINTING) {
                green.toggle();
            }
        }
    }

    @Override
    public LedState statusLed() {
        synchronized (ledLock) {
            return led;
        }
    }

    @Override
    public boolean paperLow() {
        return paperSensor.isHigh();
    }

    @Override
    public void buzz(Duration duration) {
        Duration length = duration.compareTo(MAX_BUZZ) > 0 ? MAX_BUZZ : duration;
        if (length.isNegative() || length.isZero()) {
            return;
        }
        synchronized (buzzer) {
            if (buzzing != null) {
                buzzing.cancel(false);
            }
            buzzer.high();
            buzzing = scheduler.schedule(() -> {
                synchronized (buzzer) {
                    buzzer.low();
                }
            }, length.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        synchronized (ledLock) {
            if (blinking != null) {
                blinking.cancel(false);
            }
        }
        context.shutdown();
    }
}
