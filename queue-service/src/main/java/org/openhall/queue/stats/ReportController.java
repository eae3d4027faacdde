package org.openhall.queue.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallReport;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A hall's reports for managers: {@code GET /api/halls/{hall}/reports/{daily|weekly|monthly}?date=…},
 * the period containing the date (the hall's current service day when none is given), as JSON, as
 * CSV with {@code Accept: text/csv} and as a spreadsheet with {@code Accept: } {@value #XLSX}.
 */
@RestController
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    private final HallReports reports;
    private final HallCatalog catalog;
    private final Clock clock;

    ReportController(HallReports reports, HallCatalog catalog, Clock clock) {
        this.reports = reports;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping(path = "/api/halls/{hall}/reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    HallReport report(@PathVariable String hall, @PathVariable String period,
            @RequestParam(required = false) @Nullable String date) {
        return reports.report(hall, period(period), date(hall, date));
    }

    @GetMapping(path = "/api/halls/{hall}/reports/{period}", produces = CSV)
    ResponseEntity<byte[]> csv(@PathVariable String hall, @PathVariable String period,
            @RequestParam(required = false) @Nullable String date) {
        HallReport report = report(hall, period, date);
        reports.downloaded(report, "csv");
        return file(ReportExports.csv(report, catalog.hall(hall).zone()), ReportExports.fileName(report, "csv"),
                MediaType.parseMediaType(CSV + ";charset=UTF-8"));
    }

    @GetMapping(path = "/api/halls/{hall}/reports/{period}", produces = XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String hall, @PathVariable String period,
            @RequestParam(required = false) @Nullable String date) {
        HallReport report = report(hall, period, date);
        reports.downloaded(report, "xlsx");
        return file(ReportExports.xlsx(report, catalog.hall(hall).zone()), ReportExports.fileName(report, "xlsx"),
                MediaType.parseMediaType(XLSX));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    static HallReport.Period period(String path) {
        return Arrays.stream(HallReport.Period.values()).filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> QueueException.notFound("unknown-report",
                        "Reports are daily, weekly or monthly; there is no '" + path + "' report."));
    }

    private LocalDate date(String hall, @Nullable String date) {
        if (date == null || date.isBlank()) {
            return catalog.hall(hall).serviceDayAt(clock.instant());
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw QueueException.badRequest("invalid-date", "date is a day written as 2026-03-02, not '"
                    + (date.length() > 20 ? date.substring(0, 20) + "…" : date) + "'.");
        }
    }
}
