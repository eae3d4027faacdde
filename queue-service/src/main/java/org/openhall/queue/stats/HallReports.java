package org.openhall.queue.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.ticket.EstimateAccuracy;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' reports of a hall over a day, a week or a month of service days, worked out from its
 * event log, ratings and follow-ups ({@link ReportCalculation}), with how close the waits visitors
 * were told came to their waits ({@link EstimateAccuracy}). A period that is over reads as of
 * its end, so it gives the same answer every time, names of services, windows and clerks included;
 * a running one reads as of now.
 */
@Service
public class HallReports {

    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final ReportRepository reads;
    private final CurrentStaff staff;
    private final AuditLog audit;
    private final EstimateAccuracy accuracy;
    private final Clock clock;

    HallReports(HallCatalog catalog, WindowDesk windows, ReportRepository reads, CurrentStaff staff, AuditLog audit,
            EstimateAccuracy accuracy, Clock clock) {
        this.catalog = catalog;
        this.windows = windows;
        this.reads = reads;
        this.staff = staff;
        this.audit = audit;
        this.accuracy = accuracy;
        this.clock = clock;
    }

    /**
     * The report of the day, ISO week or calendar month containing {@code date}, read in one
     * consistent database snapshot; a 404 problem {@code unknown-hall} for no such hall.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public HallReport report(String hallCode, HallReport.Period period, LocalDate date) {
        Hall hall = catalog.hall(hallCode);
        LocalDate from = period.firstDay(date);
        LocalDate to = period.lastDay(date);
        Instant start = hall.serviceDayStart(from);
        Instant end = hall.serviceDayStart(to.plusDays(1));
        Instant now = clock.instant();
        Instant asOf = now.isBefore(end) ? now : end;
        Instant until = asOf.isBefore(start) ? start : asOf;
        Map<Long, WindowView> hallWindows = new LinkedHashMap<>();
        windows.windows(hallCode).stream().map(ServiceWindow::toView).forEach(w -> hallWindows.put(w.id(), w));
        HallReport report = ReportCalculation.of(new ReportCalculation.Inputs(hall, period, from, to, start, asOf,
                catalog.services(hallCode), catalog.thresholds(hallCode), hallWindows, reads.events(hallCode, from, to, start),
                reads.ratings(hallCode, start, until), reads.followUps(hallCode, asOf),
                reads.feedbackReceived(hallCode, "COMPLAINT", start, until),
                reads.feedbackReceived(hallCode, "SUGGESTION", start, until)));
        return report.withEstimates(estimates(report, accuracy.of(hallCode, from, to, asOf)));
    }

    /** The estimates' lines, named and ordered as the report's services (others after them, by code). */
    static HallReport.Estimates estimates(HallReport report, EstimateAccuracy.PeriodAccuracy period) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, LocalizedText> names = new HashMap<>();
        for (HallReport.Line line : report.services()) {
            order.put(line.key(), order.size());
            names.put(line.key(), line.label());
        }
        List<HallReport.EstimateLine> services = period.services().stream()
                .sorted(Comparator.comparing((EstimateAccuracy.Accuracy a) -> order.getOrDefault(a.service(),
                        Integer.MAX_VALUE)).thenComparing(a -> Objects.requireNonNull(a.service())))
                .map(a -> line(Objects.requireNonNull(a.service()), names.getOrDefault(a.service(),
                        LocalizedText.of(a.service(), a.service())), a))
                .toList();
        return new HallReport.Estimates(EstimateAccuracy.CLOSE, line("", report.hallName(), period.all()), services);
    }

    private static HallReport.EstimateLine line(String key, LocalizedText label, EstimateAccuracy.Accuracy a) {
        boolean none = a.tickets() == 0;
        return HallReport.EstimateLine.of(key, label, a.tickets(), none ? null : wholeSeconds(a.meanAbsoluteError()),
                none ? null : wholeSeconds(a.meanError()), a.close());
    }

    private static Duration wholeSeconds(Duration duration) {
        return Duration.ofSeconds(Math.round(duration.toMillis() / 1000.0));
    }

    /**
     * Records in the audit log that the signed-in manager took the report away as a file: a
     * report names the hall's staff and their figures, so who downloaded which is kept.
     */
    public void downloaded(HallReport report, String format) {
        AuditEvent.Actor actor = staff.member()
                .map(me -> new AuditEvent.Actor(me.id(), me.username(), me.role().name()))
                .orElse(new AuditEvent.Actor(null, null, null));
        String days = report.from().equals(report.to()) ? report.from().toString() : report.from() + ".." + report.to();
        audit.record(actor, AuditAction.REPORT_DOWNLOAD, report.hall(), AuditEvent.Target.hall(report.hall()),
                report.period().path() + " report " + days + " as " + format, staff.remoteAddress());
    }
}
