package org.openhall.kiosk.device;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The actuator's {@code kiosk} health: UP when READY or DEGRADED (visitors are served; the details
 * name the fault), OUT_OF_SERVICE when queue-service is unreachable.
 */
public class KioskHealth implements HealthIndicator {

    private final KioskDeviceStatus devices;

    public KioskHealth(KioskDeviceStatus devices) {
        this.devices = devices;
    }

    @Override
    public Health health() {
        DeviceSnapshot snapshot = devices.refresh();
        var printer = snapshot.printer();
        Health.Builder health = snapshot.state() == KioskState.OUT_OF_SERVICE
                ? Health.status(Status.OUT_OF_SERVICE) : Health.up();
        return health
                .withDetail("state", snapshot.state().name())
                .withDetail("queueReachable", snapshot.queueReachable())
                .withDetail("printer", printerDetails(printer))
                .withDetail("paperLow", snapshot.paperLow())
                .withDetail("serialScanner", snapshot.serialScanner())
                .withDetail("camera", snapshot.cameraFailure() == null ? "OK" : snapshot.cameraFailure())
                .withDetail("gpio", snapshot.gpioFault() == null ? "OK" : snapshot.gpioFault())
                .withDetail("problems", snapshot.problems())
                .withDetail("checkedAt", snapshot.checkedAt().toString())
                .build();
    }

    private static java.util.Map<String, Object> printerDetails(org.openhall.kiosk.printer.PrinterStatus printer) {
        var details = new java.util.LinkedHashMap<String, Object>();
        details.put("answered", printer.answered());
        details.put("paperEnd", printer.paperEnd());
        details.put("paperNearEnd", printer.paperNearEnd());
        details.put("coverOpen", printer.coverOpen());
        details.put("offline", printer.offline());
        details.put("error", printer.error());
        if (printer.fault() != null) {
            details.put("fault", printer.fault());
        }
        return details;
    }
}
