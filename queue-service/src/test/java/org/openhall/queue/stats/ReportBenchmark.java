package org.openhall.queue.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.QueueServiceApplication;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.window.WindowDesk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long a manager waits for a report: a month of a busy hall's event log is written straight
 * into a fresh embedded MariaDB (tickets issued, called, started, completed or missed, at six
 * windows whose clerks open them every morning), then the day's, week's and month's reports are
 * made several times each. A program that prints numbers, not a test; the command is in the
 * README's performance section.
 *
 * <p>Arguments (optional): days (default 30), tickets a day (1000), runs of each report (5).
 */
public final class ReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String HALL = "bench";

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path target = Path.of(System.getProperty("openhall.bench.dir", "target")).toAbsolutePath();
        Path data = target.resolve("bench-report-mariadb");
        deleteRecursively(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QueueServiceApplication.class).properties(
                "server.port=0", "openhall.demo.seed=false", "openhall.embedded-db.data-dir=" + data,
                "openhall.embedded-db.base-dir=" + target.resolve("test-mariadb-base"), "logging.level.root=error",
                "logging.level.org.openhall=warn", "spring.main.banner-mode=off", "openhall.day-end.enabled=false",
                "openhall.retention.enabled=false").run()) {
            List<String> services = List.of("a", "b", "c");
            app.getBean(HallCatalog.class).create(new Hall(HALL, LocalizedText.of("基准大厅", "Benchmark hall"), ZONE,
                    LocalTime.MIDNIGHT, "weighted", false, List.of(), Set.of()),
                    services.stream().map(ReportBenchmark::service).toList());
            WindowDesk desk = app.getBean(WindowDesk.class);
            List<Long> windows = new ArrayList<>();
            for (int n = 1; n <= 6; n++) {
                windows.add(desk.create(HALL, n, LocalizedText.of("", ""), Map.of("a", 1.0, "b", 1.0, "c", 1.0),
                        false, false));
            }
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            JsonMapper json = app.getBean(JsonMapper.class);
            LocalDate first = LocalDate.of(2026, 3, 1);
            long started = System.nanoTime();
            long events = write(jdbc, json, windows, services, first, days, perDay);
            System.out.printf("wrote %d days, %d tickets, %d events in %.1f s%n", days, (long) days * perDay, events,
                    (System.nanoTime() - started) / 1e9);

            HallReports reports = app.getBean(HallReports.class);
            LocalDate last = first.plusDays(days - 1L);
            for (HallReport.Period period : HallReport.Period.values()) {
                List<Double> millis = new ArrayList<>();
                HallReport report = null;
                for (int run = 0; run < runs; run++) {
                    long t = System.nanoTime();
                    report = reports.report(HALL, period, last.minusDays(3));
                    millis.add((System.nanoTime() - t) / 1e6);
                }
                List<Double> warm = millis.subList(Math.min(1, millis.size() - 1), millis.size()).stream()
                        .sorted().toList();
                System.out.printf("%-5s report (%s to %s, %d tickets): first %.0f ms, then median %.0f ms, max %.0f ms%n",
                        period, report.from(), report.to(), report.total().issued(), millis.getFirst(),
                        warm.get(warm.size() / 2), warm.getLast());
                byte[] xlsx = ReportExports.xlsx(report, ZONE);
                byte[] csv = ReportExports.csv(report, ZONE);
                System.out.printf("      exports: csv %d bytes, xlsx %d bytes%n", csv.length, xlsx.length);
            }
        }
    }

    /** Writes the days' window and ticket events and tickets; returns how many events. */
    private static long write(JdbcTemplate jdbc, JsonMapper json, List<Long> windows, List<String> services,
            LocalDate first, int days, int perDay) {
        Random random = new Random(42);
        long eventId = 0;
        long ticketId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM ticket", Long.class);
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            List<Object[]> eventRows = new ArrayList<>();
            List<Object[]> ticketRows = new ArrayList<>();
            Instant opens = day.atTime(9, 0).atZone(ZONE).toInstant();
            for (int w = 0; w < windows.size(); w++) {
                WindowView view = new WindowView(windows.get(w), HALL, w + 1, LocalizedText.of("", ""), WindowState.OPEN,
                        null, opens, List.of(), false, false, new WindowView.Clerk("职员" + w, "B" + w));
                eventRows.add(event(json, ++eventId, HallEvent.WINDOW_OPENED, opens, null, view, null, windows.get(w)));
            }
            Instant[] free = new Instant[windows.size()];
            java.util.Arrays.fill(free, opens);
            int[] numbers = new int[services.size()];
            for (int t = 0; t < perDay; t++) {
                int s = random.nextInt(services.size());
                String service = services.get(s);
                Instant issued = opens.plusSeconds((long) t * 8 * 3600 / perDay);
                int w = 0;
                for (int i = 1; i < free.length; i++) {
                    if (free[i].isBefore(free[w])) {
                        w = i;
                    }
                }
                Instant called = (free[w].isAfter(issued) ? free[w] : issued).plusSeconds(random.nextInt(60));
                boolean noShow = random.nextInt(20) == 0;
                Instant start = called.plusSeconds(30 + random.nextInt(60));
                Instant end = noShow ? called.plusSeconds(120) : start.plusSeconds(120 + random.nextInt(600));
                free[w] = end;
                long id = ++ticketId;
                String number = "ABC".charAt(s) + String.format("%03d", ++numbers[s]);
                String publicId = "bench" + id;
                ticketRows.add(new Object[] {id, publicId, HALL, day, number, service, "WALK_IN", "NORMAL",
                        noShow ? "NO_SHOW" : "DONE", ts(issued), ts(issued), ts(called), ts(called),
                        noShow ? null : ts(start), ts(end), windows.get(w), 1});
                eventRows.add(event(json, ++eventId, HallEvent.TICKET_ISSUED, issued,
                        ticket(publicId, number, day, service, TicketStatus.WAITING, issued, null, null, null, null, null),
                        null, id, null));
                eventRows.add(event(json, ++eventId, HallEvent.TICKET_CALLED, called,
                        ticket(publicId, number, day, service, TicketStatus.CALLED, issued, called, null, null,
                                windows.get(w), w + 1), null, id, windows.get(w)));
                if (noShow) {
                    eventRows.add(event(json, ++eventId, HallEvent.TICKET_NO_SHOW, end,
                            ticket(publicId, number, day, service, TicketStatus.NO_SHOW, issued, called, null, end,
                                    windows.get(w), w + 1), null, id, windows.get(w)));
                } else {
                    eventRows.add(event(json, ++eventId, HallEvent.TICKET_STARTED, start,
                            ticket(publicId, number, day, service, TicketStatus.SERVING, issued, called, start, null,
                                    windows.get(w), w + 1), null, id, windows.get(w)));
                    eventRows.add(event(json, ++eventId, HallEvent.TICKET_COMPLETED, end,
                            ticket(publicId, number, day, service, TicketStatus.DONE, issued, called, start, end,
                                    windows.get(w), w + 1), null, id, windows.get(w)));
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO ticket (id, public_id, hall_code, service_day, number, service_code, channel, priority,
                        status, issued_at, waiting_since, first_called_at, called_at, started_at, ended_at, window_id,
                        call_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ticketRows);
            jdbc.batchUpdate("""
                    INSERT INTO hall_event (hall_code, id, type, occurred_at, ticket_id, window_id, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", eventRows);
        }
        jdbc.update("UPDATE hall_event_sequence SET last_id = ? WHERE hall_code = ?", eventId, HALL);
        return eventId;
    }

    private static Object[] event(JsonMapper json, long id, String type, Instant at, TicketView ticket,
            WindowView window, Long ticketRow, Long windowId) {
        return new Object[] {HALL, id, type, ts(at), ticketRow, windowId,
                json.writeValueAsString(new HallEvent(id, type, HALL, at, ticket, window))};
    }

    private static TicketView ticket(String id, String number, LocalDate day, String service, TicketStatus status,
            Instant issued, Instant called, Instant started, Instant ended, Long window, Integer windowNumber) {
        return new TicketView(id, HALL, number, day, service, LocalizedText.of(service, service), Channel.WALK_IN,
                Priority.NORMAL, status, null, null, "http://localhost/t/" + id, issued, called, started, ended,
                window, windowNumber, null, called == null ? 0 : 1, null);
    }

    private static ServiceDefinition service(String code) {
        return new ServiceDefinition(code, code.toUpperCase(), LocalizedText.of("业务" + code, "Service " + code),
                LocalizedText.of("基准", "Benchmark"), new ServiceView.Guide(List.of(), List.of(),
                        LocalizedText.of("", ""), LocalizedText.of("", "")),
                null, Duration.ofMinutes(20), false, true, 0);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static void deleteRecursively(Path path) throws Exception {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
