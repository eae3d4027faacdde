package org.openhall.queue.device;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.DeviceState;
import org.openhall.client.api.DeviceView;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the hall's kiosks and boards last reported about themselves. A report is refused whole
 * (a 400 or 404 problem, nothing stored) unless every part of it is valid.
 */
@Service
public class DeviceReports {

    /** Kinds of device that report. */
    public static final List<String> KINDS = List.of("KIOSK", "BOARD");
    public static final int MAX_DETAIL = 200;
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(DeviceReports.class);

    private final DeviceRepository devices;
    private final HallCatalog catalog;
    private final DeviceProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeviceReports(DeviceRepository devices, HallCatalog catalog, DeviceProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.devices = devices;
        this.catalog = catalog;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records a device's report and returns the device as now recorded. {@code since} moves only
     * when the state changes; {@code reportedAt} always. Refused with 404 {@code unknown-hall},
     * or 400 {@code invalid-device-id}, {@code invalid-device-kind}, {@code invalid-device-state},
     * {@code invalid-device-detail}.
     */
    public DeviceView report(String hall, String device, @Nullable String kind, @Nullable String state,
            @Nullable String detail) {
        catalog.hall(hall);
        if (device == null || !DEVICE_ID.matcher(device).matches()) {
            throw QueueException.badRequest("invalid-device-id",
                    "A device id is 1 to 64 letters, digits, '-' or '_'.");
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw QueueException.badRequest("invalid-device-kind", "kind must be one of " + KINDS + ".");
        }
        DeviceState newState = parseState(state);
        String text = detail == null || detail.isBlank() ? null : detail.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_DETAIL) {
            throw QueueException.badRequest("invalid-device-detail",
                    "detail is at most " + MAX_DETAIL + " characters.");
        }
        Instant now = clock.instant();
        Optional<DeviceState> before = transactions.execute(status -> {
            Optional<DeviceState> previous = devices.lockState(hall, device);
            devices.upsert(hall, device, kind, newState, text, now);
            return previous;
        });
        logChange(hall, device, kind, before == null ? Optional.empty() : before, newState, text);
        return devices.find(hall, device).map(row -> view(row, now)).orElseThrow();
    }

    /** The hall's devices as they last reported, by id, each silent or not at {@code now}. */
    public List<DeviceView> devices(String hall, Instant now) {
        return devices.findByHall(hall).stream().map(row -> view(row, now)).toList();
    }

    private static DeviceState parseState(@Nullable String state) {
        for (DeviceState s : DeviceState.values()) {
            if (s.name().equals(state)) {
                return s;
            }
        }
        throw QueueException.badRequest("invalid-device-state",
                "state must be one of " + Arrays.toString(DeviceState.values()) + ".");
    }

    private DeviceView view(DeviceRepository.Row row, Instant now) {
        boolean silent = row.reportedAt().plus(properties.silentAfter()).isBefore(now);
        return new DeviceView(row.device(), row.kind(), row.state(), row.detail(), row.since(), row.reportedAt(),
                silent);
    }

    private static void logChange(String hall, String device, String kind, Optional<DeviceState> before,
            DeviceState now, @Nullable String detail) {
        if (before.isPresent() && before.get() == now) {
            log.debug("Device {} of hall {}: heartbeat, {}", device, hall, now);
        } else if (now == DeviceState.READY) {
            log.info("{} {} of hall {} is READY (was {})", kind, device, hall, before.map(Enum::name).orElse("unknown"));
        } else {
            log.warn("{} {} of hall {} is {} (was {}): {}", kind, device, hall, now,
                    before.map(Enum::name).orElse("unknown"), detail == null ? "no detail" : detail);
        }
    }
}
