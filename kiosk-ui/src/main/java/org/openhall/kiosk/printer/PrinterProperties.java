package org.openhall.kiosk.printer;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real printer's wire ({@code openhall.kiosk.*}); which printer is used is
 * {@code openhall.kiosk.printer} in the kiosk's settings.
 *
 * @param printerPort    where an ESC/POS printer is: {@code file:/dev/usb/lp0}, {@code tcp://10.0.0.5:9100}
 *                       or {@code serial:/dev/ttyUSB0?baud=19200}
 * @param printerTimeout how long to wait to connect, to send and for each status answer
 */
@ConfigurationProperties("openhall.kiosk")
public record PrinterProperties(@Nullable String printerPort, @DefaultValue("2s") Duration printerTimeout) {
}
