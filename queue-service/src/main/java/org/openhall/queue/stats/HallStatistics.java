package org.openhall.queue.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallStats;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.device.DeviceReports;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A hall's service day so far, for the managers' dashboard. */
@Service
public class HallStatistics {

    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final DeviceReports devices;
    private final StatsRepository tickets;
    private final Consultations consultations;
    private final Clock clock;

    HallStatistics(HallCatalog catalog, WindowDesk windows, DeviceReports devices, StatsRepository tickets,
            Consultations consultations, Clock clock) {
        this.consultations = consultations;
        this.catalog = catalog;
        this.windows = windows;
        this.devices = devices;
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * The hall's current service day (in its own zone) up to now, read in one consistent database
     * snapshot; a 404 problem {@code unknown-hall} for no such hall.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public HallStats stats(String hallCode) {
        Hall hall = catalog.hall(hallCode);
        Instant now = clock.instant();
        LocalDate day = hall.serviceDayAt(now);
        HallStats stats = DayStatistics.of(new DayStatistics.Day(hallCode, day, now, hall.zone(), opens(hall, day)),
                catalog.services(hallCode), windows.windows(hallCode).stream().map(ServiceWindow::toView).toList(),
                tickets.day(hallCode, day), tickets.heldAtWindows(hallCode), devices.devices(hallCode, now));
        return new HallStats(stats.hall(), stats.serviceDay(), stats.at(), stats.services(), stats.windows(),
                stats.alerts(), stats.waitingOverDay(), stats.devices(), tickets.reviews(hallCode, day),
                consultations(hallCode));
    }

    private HallStats.Consultations consultations(String hall) {
        Consultations.Figures f = consultations.figures(hall);
        return new HallStats.Consultations(f.waiting(), f.longestWait(), f.opened(), f.answered(),
                f.meanFirstResponse(), f.withinTarget(), f.heldToTarget(), f.target());
    }

    /** The hall's first opening time on the day, if it opens at all that day. */
    private static @Nullable Instant opens(Hall hall, LocalDate day) {
        if (hall.holidays().contains(day)) {
            return null;
        }
        return hall.openingHours().stream().filter(p -> p.day() == day.getDayOfWeek())
                .map(Hall.OpeningPeriod::opens).min(Comparator.naturalOrder())
                .map(time -> day.atTime(time).atZone(hall.zone()).toInstant()).orElse(null);
    }
}
