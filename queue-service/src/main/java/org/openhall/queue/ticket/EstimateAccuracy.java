package org.openhall.queue.ticket;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.hall.HallCatalog;
import org.springframework.stereotype.Service;

/**
 * How good the wait estimates given at issue were, measured against the waits that followed (issue to
 * first call): for managers' reports, and to compare estimators on the hall's real days.
 */
@Service
public class EstimateAccuracy {

    private final WaitEstimateRepository estimates;
    private final HallCatalog catalog;

    EstimateAccuracy(WaitEstimateRepository estimates, HallCatalog catalog) {
        this.estimates = estimates;
        this.catalog = catalog;
    }

    /**
     * One service's (or the whole hall's) accuracy on a day.
     *
     * @param service           the service code, or {@code null} for all services together
     * @param tickets           tickets estimated at issue and called since
     * @param meanAbsoluteError the mean of |actual wait − estimate|
     * @param meanError         the mean of (actual wait − estimate): positive when visitors waited longer
     *                          than they were told
     */
    public record Accuracy(@Nullable String service, int tickets, Duration meanAbsoluteError,
            Duration meanError) {
    }

    /** A hall's service day: all services together, and each service, by code. */
    public record DayAccuracy(String hall, LocalDate day, Accuracy all, List<Accuracy> services) {
    }

    /**
     * The accuracy of the estimates given on the hall's service day, counting the tickets called so
     * far; an unknown hall is a 404 {@code unknown-hall}.
     */
    public DayAccuracy of(String hall, LocalDate day) {
        catalog.hall(hall);
        List<WaitEstimateRepository.Row> rows = estimates.accuracy(hall, day);
        int tickets = rows.stream().mapToInt(WaitEstimateRepository.Row::tickets).sum();
        double absolute = rows.stream().mapToDouble(r -> r.meanAbsoluteErrorSeconds() * r.tickets()).sum();
        double signed = rows.stream().mapToDouble(r -> r.meanErrorSeconds() * r.tickets()).sum();
        Accuracy all = new Accuracy(null, tickets, seconds(tickets == 0 ? 0 : absolute / tickets),
                seconds(tickets == 0 ? 0 : signed / tickets));
        return new DayAccuracy(hall, day, all, rows.stream()
                .map(r -> new Accuracy(r.service(), r.tickets(), seconds(r.meanAbsoluteErrorSeconds()),
                        seconds(r.meanErrorSeconds())))
                .toList());
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
