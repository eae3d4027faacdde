/**
 * The kiosk's own pins, through Pi4J: the physical ticket button (the accessible path for visitors
 * who cannot use the touchscreen), the status LED, the paper-low sensor and the buzzer.
 * {@link org.openhall.kiosk.gpio.KioskGpio} is the seam; {@code openhall.kiosk.gpio.platform} picks the
 * Pi4J providers: the mock platform off a Raspberry Pi, where tests (and a developer) press the button
 * by setting the mock input, or on a Pi the GPIO character device ({@code gpiod}) or sysfs
 * ({@code linuxfs}). Pins that cannot be opened never stop the kiosk: it runs without them and its
 * health says why.
 */
@NullMarked
package org.openhall.kiosk.gpio;

import org.jspecify.annotations.NullMarked;
