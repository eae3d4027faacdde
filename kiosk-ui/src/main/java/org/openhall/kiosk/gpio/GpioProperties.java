package org.openhall.kiosk.gpio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The kiosk's pins ({@code openhall.kiosk.gpio.*}), as BCM numbers.
 *
 * @param platform         {@code mock} (any PC, the default), or on a Raspberry Pi {@code gpiod} (the GPIO
 *                         character device {@code /dev/gpiochipN}, the current kernel interface) or
 *                         {@code linuxfs} (the older sysfs {@code /sys/class/gpio}); if the pins cannot be
 *                         opened the kiosk runs without them and says so in its health
 * @param ticketButton     the ticket button's input
 * @param buttonActiveHigh whether a press reads high (button to 3.3 V, pull-down) or low (to ground, pull-up)
 * @param debounce         presses closer together than this are one press
 * @param ledGreen         the status LED's green output
 * @param ledRed           the status LED's red output
 * @param blinkInterval    how long the LED stays on, then off, while blinking
 * @param paperLow         the paper-low sensor's input (high when low on paper)
 * @param buzzer           the buzzer's output
 * @param chip             for {@code gpiod}, the GPIO chip to open (for example {@code gpiochip0}); by
 *                         default Pi4J picks the Pi's header chip
 */
@ConfigurationProperties("openhall.kiosk.gpio")
@Validated
public record GpioProperties(
        @DefaultValue("mock") @NotNull Platform platform,
        @DefaultValue("17") @Min(0) @Max(27) int ticketButton,
        @DefaultValue("true") boolean buttonActiveHigh,
        @DefaultValue("50ms") @NotNull Duration debounce,
        @DefaultValue("27") @Min(0) @Max(27) int ledGreen,
        @DefaultValue("22") @Min(0) @Max(27) int ledRed,
        @DefaultValue("300ms") @NotNull Duration blinkInterval,
        @DefaultValue("23") @Min(0) @Max(27) int paperLow,
        @DefaultValue("24") @Min(0) @Max(27) int buzzer,
        @Nullable String chip) {

    /** The same pins on another platform (tests). */
    public GpioProperties on(Platform other) {
        return new GpioProperties(other, ticketButton, buttonActiveHigh, debounce, ledGreen, ledRed, blinkInterval,
                paperLow, buzzer, chip);
    }

    /** Where the pins are, and which Pi4J provider drives them. */
    public enum Platform {
        /** Pi4J's mock platform: no hardware; inputs are set by code. */
        MOCK,
        /** A Raspberry Pi's header through the GPIO character device (Pi4J's gpiod plugin). */
        GPIOD,
        /** A Raspberry Pi's header through sysfs, {@code /sys/class/gpio} (Pi4J's linuxfs plugin). */
        LINUXFS
    }
}
