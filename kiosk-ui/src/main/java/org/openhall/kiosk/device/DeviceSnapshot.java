package org.openhall.kiosk.device;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.printer.PrinterStatus;

/**
 * The kiosk's devices at one moment.
 *
 * @param state          what the kiosk can do
 * @param queueReachable whether queue-service answered the last time it was asked
 * @param printer        the printer's last known status and last fault
 * @param paperLow       the paper-low sensor (GPIO)
 * @param serialScanner  the serial scanner's state, or {@code NOT_CONFIGURED}
 * @param cameraFailure  why the camera last failed to start in the browser, if it did
 * @param gpioFault      why the GPIO pins (button, LED, sensor, buzzer) do not work, if they do not
 * @param checkedAt      when queue-service was last asked
 * @param problems       what is wrong, in words for staff (empty when nothing is)
 */
public record DeviceSnapshot(KioskState state, boolean queueReachable, PrinterStatus printer, boolean paperLow,
        String serialScanner, @Nullable String cameraFailure, @Nullable String gpioFault, Instant checkedAt,
        List<String> problems) {

    public DeviceSnapshot {
        problems = List.copyOf(problems);
    }
}
