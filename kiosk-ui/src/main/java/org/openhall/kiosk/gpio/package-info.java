/**
 * The kiosk's own pins, through Pi4J: the physical ticket button (the accessible path for visitors
 * who cannot use the touchscreen), the status LED, the paper-low sensor and the buzzer.
 * {@link org.openhall.kiosk.gpio.KioskGpio} is the seam; off a Raspberry Pi it runs on Pi4J's mock
 * platform, where tests (and a developer) press the button by setting the mock input.
 */
@NullMarked
package org.openhall.kiosk.gpio;

import org.jspecify.annotations.NullMarked;
