package org.openhall.kiosk.hall;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.HallView;
import org.openhall.client.api.ServiceView;
import org.openhall.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the kiosk knows about its hall. Each call asks queue-service afresh, so a renamed hall or a new
 * service shows on the next screen; {@link #lastKnownHall()} serves those who must not wait or fail.
 */
@Service
public class HallDirectory {

    private static final Logger log = LoggerFactory.getLogger(HallDirectory.class);

    private final QueueApi queue;
    private final String hallCode;
    private final Clock clock;
    private final AtomicReference<@Nullable HallView> lastKnown = new AtomicReference<>();

    public HallDirectory(QueueApi queue, KioskProperties properties, Clock clock) {
        this.queue = queue;
        this.hallCode = properties.hall();
        this.clock = clock;
    }

    /** The code of the kiosk's hall, as configured ({@code openhall.hall}). */
    public String hallCode() {
        return hallCode;
    }

    /**
     * The kiosk's hall as queue-service describes it now.
     *
     * @throws QueueUnavailableException when queue-service does not answer
     * @throws QueueApiException         when it refuses
     * @throws HallNotFoundException     when it knows no hall with the configured code
     */
    public HallView hall() {
        HallView hall = queue.halls().stream()
                .filter(h -> h.code().equals(hallCode))
                .findFirst()
                .orElseThrow(() -> new HallNotFoundException(hallCode));
        lastKnown.set(hall);
        return hall;
    }

    /**
     * The services a visitor can take a ticket for, ordered by ticket prefix.
     *
     * @throws QueueUnavailableException when queue-service does not answer
     * @throws QueueApiException         when it refuses (for example an unknown hall)
     */
    public List<ServiceView> services() {
        return queue.services(hallCode).stream()
                .sorted(Comparator.comparing(ServiceView::prefix).thenComparing(ServiceView::code))
                .toList();
    }

    /**
     * The hall as last described, asking queue-service first if it never answered since the kiosk
     * started; empty when it cannot tell. Never throws: for those who can do without the hall.
     */
    public Optional<HallView> hallIfKnown() {
        HallView known = lastKnown.get();
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Optional.of(hall());
        } catch (RuntimeException e) {
            log.debug("Hall {} is not known yet: {}", hallCode, e.getMessage());
            return Optional.empty();
        }
    }

    /** The hall as queue-service last described it, if it ever answered since the kiosk started. */
    public Optional<HallView> lastKnownHall() {
        return Optional.ofNullable(lastKnown.get());
    }

    /** The hall's time zone when known, else the kiosk's own (a kiosk stands in its hall). */
    public ZoneId zone() {
        HallView hall = lastKnown.get();
        if (hall != null) {
            try {
                return ZoneId.of(hall.timeZone());
            } catch (DateTimeException e) {
                log.warn("Hall {} has an unknown time zone '{}'; using the kiosk's", hallCode, hall.timeZone());
            }
        }
        return clock.getZone();
    }
}
