package org.openhall.queue.device;

import org.jspecify.annotations.Nullable;
import org.openhall.client.api.DeviceView;
import org.openhall.queue.problem.QueueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Kiosks and boards report their state here, on every change and as a heartbeat. */
@RestController
class DeviceController {

    private final DeviceReports reports;
    private final SecurityContextHolderStrategy contexts;

    DeviceController(DeviceReports reports, SecurityContextHolderStrategy contexts) {
        this.reports = reports;
        this.contexts = contexts;
    }

    /**
     * The body is read as text fields (not the client's enum) so that an unknown kind or state
     * gets a problem naming it rather than a generic malformed-request.
     */
    record ReportBody(@Nullable String kind, @Nullable String state, @Nullable String detail) {
    }

    @PutMapping("/api/halls/{hall}/devices/{device}")
    DeviceView report(@PathVariable String hall, @PathVariable String device,
            @RequestBody(required = false) @Nullable ReportBody body) {
        if (body == null) {
            throw QueueException.badRequest("malformed-request", "A report needs a body: kind, state and detail.");
        }
        // A kiosk's token reports kiosks only; an unknown kind is refused below with a problem naming it.
        if (contexts.getContext().getAuthentication() instanceof DeviceAuthentication caller
                && ("KIOSK".equals(body.kind()) || "BOARD".equals(body.kind()))
                && !caller.device().role().name().equals(body.kind())) {
            throw new QueueException(HttpStatus.FORBIDDEN, "wrong-device-kind",
                    "A " + caller.device().role() + " token reports only " + caller.device().role() + " devices.");
        }
        return reports.report(hall, device, body.kind(), body.state(), body.detail());
    }
}
