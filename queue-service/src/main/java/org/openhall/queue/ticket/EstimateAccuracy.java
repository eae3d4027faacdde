package org.openhall.queue.ticket;

import java.time.Duration;
import java.time.Instant;
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

    /** How far a wait may be from what the visitor was told and still count as close. */
    public static final Duration CLOSE = Duration.ofMinutes(5);

    private final WaitEstimateRepository estimates;
    private final HallCatalog catalog;

    EstimateAccuracy(WaitEstimateRepository estimates, HallCatalog catalog) {
        this.estimates = estimates;
        this.catalog = catalog;
    }

    /**
     * One service's (or the whole hall's) accuracy over some service days.
     *
     * @param service           the service code, or {@code null} for all services together
     * @param tickets           tickets estimated at issue and called since
     * @param meanAbsoluteError the mean of |actual wait − estimate|
     * @param meanError         the mean of (actual wait − estimate): positive when visitors waited longer
     *                          than they were told
     * @param close             of those tickets, the ones whose wait was within {@link #CLOSE} of their
     *                          estimate
     */
    public record Accuracy(@Nullable String service, int tickets, Duration meanAbsoluteError,
            Duration meanError, int close) {
    }

    /** A hall's service days: all services together, and each service, by code. */
    public record PeriodAccuracy(String hall, LocalDate from, LocalDate to, Accuracy all, List<Accuracy> services) {
    }

    /**
     * The accuracy of the estimates given on the hall's service day, counting the tickets called so
     * far; an unknown hall is a 404 {@code unknown-hall}.
     */
    public PeriodAccuracy of(String hall, LocalDate day) {
        return of(hall, day, day, Instant.MAX);
    }

    /**
     * The accuracy of the estimates given on the hall's service days {@code from} to {@code to},
     * counting the tickets first called by {@code asOf}: a period that is over gives the same answer
     * whenever it is asked. An unknown hall is a 404 {@code unknown-hall}.
     */
    public PeriodAccuracy of(String hall, LocalDate from, LocalDate to, Instant asOf) {
        catalog.hall(hall);
        List<WaitEstimateRepository.Row> rows = estimates.accuracy(hall, from, to, asOf, CLOSE);
        int tickets = rows.stream().mapToInt(WaitEstimateRepository.Row::tickets).sum();
        double absolute = rows.stream().mapToDouble(WaitEstimateRepository.Row::absoluteErrorSeconds).sum();
        double signed = rows.stream().mapToDouble(WaitEstimateRepository.Row::errorSeconds).sum();
        int close = rows.stream().mapToInt(WaitEstimateRepository.Row::close).sum();
        Accuracy all = new Accuracy(null, tickets, mean(absolute, tickets), mean(signed, tickets), close);
        return new PeriodAccuracy(hall, from, to, all, rows.stream()
                .map(r -> new Accuracy(r.service(), r.tickets(), mean(r.absoluteErrorSeconds(), r.tickets()),
                        mean(r.errorSeconds(), r.tickets()), r.close()))
                .toList());
    }

    private static Duration mean(double seconds, int tickets) {
        return Duration.ofMillis(tickets == 0 ? 0 : Math.round(seconds * 1000 / tickets));
    }
}
