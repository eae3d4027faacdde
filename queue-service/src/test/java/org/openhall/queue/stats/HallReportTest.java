package org.openhall.queue.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.feedback.FollowUpStatus;
import org.openhall.queue.feedback.FollowUps;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.hall.WaitThresholds;
import org.openhall.queue.retention.VisitorDataRetention;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports against figures worked out here, independently, from the raw event log and from what
 * the test itself did: a generated day of traffic in a hall, driven over HTTP by clerks who take
 * and hand over windows, with no-shows, requeues, transfers, cancellations, ratings and complaints.
 */
@QueueServiceTest
class HallReportTest extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Duration THRESHOLD = Duration.ofMinutes(20);

    @Autowired
    WindowDesk windowDesk;

    @Autowired
    StaffDirectory staffDirectory;

    @Autowired
    HallReports reports;

    @Autowired
    FollowUps followUps;

    @Autowired
    VisitorDataRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HallCatalog catalog;

    @Autowired
    JsonMapper json;

    private final List<HttpQueueClient> clients = new ArrayList<>();

    /** Who the test seated at which window, when: {@code null} for nobody. */
    private final List<Seat> seating = new ArrayList<>();
    /** The ratings the test gave: ticket id to level. */
    private final Map<String, Integer> levels = new HashMap<>();
    /** The wait each issued ticket's visitor was told, by ticket id. */
    private final Map<String, Duration> told = new HashMap<>();
    /** Who completed each ticket the test completed: ticket id to badge. */
    private final Map<String, String> completedBy = new HashMap<>();
    /** Bad reviews' follow-ups the test appealed, and when. */
    private final Map<String, Instant> closedFollowUps = new HashMap<>();
    private final List<Instant> complaints = new ArrayList<>();
    private final List<Instant> suggestions = new ArrayList<>();
    /** Whether clerks send some visitors on to another service. */
    private boolean transfers = true;

    record Seat(Instant at, long window, @Nullable String badge) {
    }

    @AfterEach
    void closeClients() {
        clients.forEach(HttpQueueClient::close);
    }

    private static Instant at(LocalDate day, String localTime) {
        return LocalDateTime.of(day, LocalTime.parse(localTime)).atZone(SHANGHAI).toInstant();
    }

    private QueueApi client(QueueClientSettings settings) {
        HttpQueueClient client = new HttpQueueClient(settings);
        clients.add(client);
        return client;
    }

    /** A clerk with their own credentials. */
    private final class Clerk {
        final StaffMember member;
        final QueueApi api;

        Clerk(String name) {
            member = TestSignIn.newMember(staffDirectory, name, StaffRole.STAFF);
            api = client(settings().withStaff(member.username(), TestSignIn.PASSWORD));
        }

        void open(long window) {
            api.openWindow(window);
            seating.add(new Seat(clock.instant(), window, member.badge()));
        }

        void close(long window) {
            api.closeWindow(window);
            seating.add(new Seat(clock.instant(), window, null));
        }
    }

    /** A window as the simulation sees it. */
    private static final class Desk {
        final long id;
        Clerk clerk;
        boolean paused;
        @Nullable TicketView held;
        Instant since = Instant.EPOCH;
        Duration serviceTime = Duration.ZERO;

        Desk(long id, Clerk clerk) {
            this.id = id;
            this.clerk = clerk;
        }
    }

    @Test
    void aReportMatchesFiguresWorkedOutFromTheRawEventsAndGivesTheSameAnswerWhenRunAgain() {
        String hall = halls.create("A", "B", "C");
        long w1 = windowDesk.create(hall, 1, LocalizedText.of("", ""), Map.of("a", 1.0), false, false);
        long w2 = windowDesk.create(hall, 2, LocalizedText.of("综合窗口", "General"), Map.of("a", 1.0, "b", 0.5),
                false, false);
        long w3 = windowDesk.create(hall, 3, LocalizedText.of("", ""), Map.of("b", 1.0, "c", 1.0), false, false);
        long w4 = windowDesk.create(hall, 4, LocalizedText.of("", ""), Map.of("c", 1.0), false, false);
        QueueApi kiosk = client(settings().withBearerToken(access.kioskToken(hall)));
        QueueApi manager = client(settings().withStaff(access.manager().username(), TestSignIn.PASSWORD));
        Clerk li = new Clerk("李一");
        Clerk wang = new Clerk("王二");
        Clerk zhang = new Clerk("张三");
        Clerk zhao = new Clerk("赵四");
        Clerk chen = new Clerk("陈五");

        Random random = new Random(20260302);
        simulateDay(DAY, hall, random, kiosk, manager, List.of(new Desk(w1, li), new Desk(w2, wang),
                new Desk(w3, zhang), new Desk(w4, zhao)), chen, 0.30);
        // Tuesday: a short morning, so that the day's report leaves it out and the week's takes it in.
        simulateDay(DAY.plusDays(1), hall, random, kiosk, manager, List.of(new Desk(w1, chen), new Desk(w3, li)),
                null, 0.2);

        // Wednesday: one bad review's follow-up and one complaint's are appealed as mistaken.
        clock.set(at(DAY.plusDays(2), "10:00"));
        List<String> open = jdbc.sql("""
                SELECT f.tracking_number FROM follow_up f WHERE f.hall_code = ? ORDER BY f.rating_id IS NULL, f.id""")
                .param(hall).query(String.class).list();
        assertThat(open).hasSizeGreaterThan(2);
        String badReview = open.getFirst();
        String complaint = open.getLast();
        for (String tracking : List.of(badReview, complaint)) {
            long id = jdbc.sql("SELECT id FROM follow_up WHERE tracking_number = ?").param(tracking)
                    .query(Long.class).single();
            followUps.appeal(id, FollowUpStatus.AppealReason.MISTAKEN, "The visitor pressed the wrong key.",
                    new AuditEvent.Actor(null, "manager", "MANAGER"), null);
            closedFollowUps.put(tracking, clock.instant());
        }

        clock.set(at(LocalDate.of(2026, 4, 20), "09:30"));
        HallReport daily = api.report(hall, HallReport.Period.DAY, DAY);
        HallReport weekly = api.report(hall, HallReport.Period.WEEK, DAY.plusDays(3));
        HallReport monthly = api.report(hall, HallReport.Period.MONTH, DAY.plusDays(20));

        assertThat(daily.from()).isEqualTo(DAY);
        assertThat(daily.to()).isEqualTo(DAY);
        assertThat(daily.asOf()).isEqualTo(at(DAY.plusDays(1), "00:00"));
        assertThat(weekly.from()).isEqualTo(DAY);
        assertThat(weekly.to()).isEqualTo(DAY.plusDays(6));
        assertThat(monthly.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(monthly.to()).isEqualTo(LocalDate.of(2026, 3, 31));

        for (HallReport report : List.of(daily, weekly, monthly)) {
            Expected expected = expected(hall, report.from(), report.to(), report.asOf());
            assertThat(report.total()).as("hall, %s", report.period()).isEqualTo(expected.total());
            assertThat(lines(report.services())).as("services, %s", report.period()).isEqualTo(expected.services());
            assertThat(lines(report.windows())).as("windows, %s", report.period()).isEqualTo(expected.windows());
            assertThat(lines(report.staff())).as("staff, %s", report.period()).isEqualTo(expected.staff());
            assertThat(report.complaints()).as("complaints, %s", report.period()).isEqualTo(expected.complaints());
            assertThat(estimates(report)).as("estimates, %s", report.period())
                    .isEqualTo(expectedEstimates(hall, report.from(), report.to(), report.asOf()));
        }
        assertThat(daily.estimates().total().tickets()).as("most tickets were told a wait and called")
                .isGreaterThan(daily.total().called() / 2);
        assertThat(daily.estimates().total().close()).isPositive().isLessThan(daily.estimates().total().tickets());
        assertThat(daily.estimates().services()).extracting(l -> l.label().en())
                .containsExactly("Service A", "Service B", "Service C");
        // The generated day has every kind of figure in it, so the comparison above compares something.
        HallReport.Figures day = daily.total();
        assertThat(day.issued()).isGreaterThan(100);
        assertThat(day.served()).isGreaterThan(60);
        assertThat(day.noShows()).isPositive();
        assertThat(day.againstThreshold()).isGreaterThan(day.withinThreshold()).isGreaterThan(0);
        assertThat(day.bad()).isPositive();
        assertThat(day.satisfied()).isPositive();
        assertThat(daily.staff()).extracting(HallReport.Line::key)
                .contains(li.member.badge(), wang.member.badge(), chen.member.badge());
        assertThat(daily.staff()).filteredOn(l -> l.key().equals(chen.member.badge())).singleElement()
                .satisfies(l -> assertThat(l.figures().served()).isPositive());
        assertThat(weekly.total().issued()).isGreaterThan(day.issued());
        assertThat(daily.total().followUpsOpen()).isEqualTo(daily.total().bad());
        assertThat(monthly.total().followUpsOverdue()).isEqualTo(monthly.total().followUpsOpen()).isPositive();
        assertThat(daily.complaints().complaintsReceived()).isPositive();
        assertThat(weekly.complaints().complaintsAnswered()).isEqualTo(1);
        assertThat(daily.services()).extracting(l -> l.label().en()).containsExactly("Service A", "Service B",
                "Service C");
        assertThat(daily.windows()).extracting(HallReport.Line::key).containsExactly("1", "2", "3", "4");
        assertThat(daily.windows().get(1).label()).isEqualTo(LocalizedText.of("综合窗口", "General"));
        assertThat(daily.windows().getFirst().label()).isEqualTo(LocalizedText.of("窗口 1", "Window 1"));

        // A month later, more traffic, the retention job and a changed catalog name the past the same way.
        simulateDay(LocalDate.of(2026, 4, 20), hall, random, kiosk, manager, List.of(new Desk(w1, li)), null, 0.2);
        clock.set(at(LocalDate.of(2026, 4, 21), "03:00"));
        retention.purge();
        assertThat(api.report(hall, HallReport.Period.DAY, DAY)).isEqualTo(daily);
        assertThat(reports.report(hall, HallReport.Period.WEEK, DAY)).isEqualTo(weekly);
        assertThat(reports.report(hall, HallReport.Period.MONTH, DAY)).isEqualTo(monthly);
    }

    /**
     * The dashboard counts a transferred ticket's wait for the service it was sent to, the report
     * for the queue it waited in; on a day without transfers they agree.
     */
    @Test
    void aDaysReportAgreesWithTheDashboardOfThatDay() {
        transfers = false;
        String hall = halls.create("A", "B", "C");
        long w1 = windowDesk.create(hall, 1, LocalizedText.of("", ""), Map.of("a", 1.0, "b", 1.0), false, false);
        long w2 = windowDesk.create(hall, 2, LocalizedText.of("", ""), Map.of("b", 1.0, "c", 1.0), false, false);
        QueueApi kiosk = client(settings().withBearerToken(access.kioskToken(hall)));
        QueueApi manager = client(settings().withStaff(access.manager().username(), TestSignIn.PASSWORD));
        simulateDay(DAY, hall, new Random(7), kiosk, manager, List.of(new Desk(w1, new Clerk("甲")),
                new Desk(w2, new Clerk("乙"))), null, 0.25);

        clock.set(at(DAY, "23:59:59"));
        HallStats dashboard = api.stats(hall);
        HallReport report = api.report(hall, HallReport.Period.DAY, DAY);
        assertThat(report.asOf()).isEqualTo(clock.instant());
        for (HallStats.ServiceStats service : dashboard.services()) {
            HallReport.Figures figures = report.services().stream().filter(l -> l.key().equals(service.service()))
                    .findFirst().orElseThrow().figures();
            assertThat(figures.served()).as(service.service()).isEqualTo(service.served()).isPositive();
            assertThat(figures.noShows()).as(service.service()).isEqualTo(service.noShows());
            assertThat(figures.meanWait()).as(service.service()).isEqualTo(service.meanWait());
            assertThat(figures.p95Wait()).as(service.service()).isEqualTo(service.p95Wait());
        }
        for (HallStats.WindowStats window : dashboard.windows()) {
            assertThat(report.windows()).filteredOn(l -> l.key().equals(Integer.toString(window.number())))
                    .singleElement().satisfies(l -> assertThat(l.figures().served()).isEqualTo(window.served()));
        }
    }

    @Test
    void theSameReportComesAsCsvAndAsASpreadsheet() throws Exception {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        clock.set(at(DAY, "09:00"));
        for (int i = 0; i < 3; i++) {
            TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
            clock.set(at(DAY, "09:1" + i));
            api.call(window, new org.openhall.client.api.CallTicketRequest(ticket.id()));
            api.start(ticket.id());
            api.complete(ticket.id());
        }
        clock.set(at(DAY.plusDays(1), "09:00"));
        String manager = settings().withStaff(access.manager().username(), TestSignIn.PASSWORD).authorization()
                .orElseThrow();
        String path = "/api/halls/" + hall + "/reports/daily?date=" + DAY;
        var http = java.net.http.HttpClient.newHttpClient();

        var csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                .header("Authorization", manager).header("Accept", "text/csv").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "openhall-" + hall + "-daily-" + DAY + ".csv");
        assertThat(csv.body()).startsWith("\uFEFF").contains("\r\n").contains("测试大厅");
        // The hall's line: scope, key, names, then issued 3, called 3, served 3.
        assertThat(csv.body().lines().filter(l -> l.contains("Test hall")).skip(1).findFirst().orElseThrow())
                .contains(",3,3,3,0,");

        var xlsx = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                .header("Authorization", manager).header("Accept", ReportController.XLSX).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            List<String> cells = new ArrayList<>();
            workbook.getFirstSheet().read().forEach(row -> row.forEach(cell -> cells.add(cell == null ? ""
                    : cell.getRawValue() == null ? "" : cell.getRawValue())));
            assertThat(cells).contains("测试大厅", "Test hall", "3");
        }

        assertThat(jdbc.sql("""
                SELECT CONCAT(actor_username, ': ', detail) FROM audit_event
                WHERE action = 'REPORT_DOWNLOAD' AND hall_code = ? ORDER BY id""").param(hall).query(String.class).list())
                .as("each file download audited, JSON reads not")
                .containsExactly(access.manager().username() + ": daily report " + DAY + " as csv",
                        access.manager().username() + ": daily report " + DAY + " as xlsx");

        var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                        + "/api/halls/" + hall + "/reports/yearly")).header("Authorization", manager)
                .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(404);
    }

    @Test
    void aPastPeriodKeepsTheThresholdsOfItsTimeWhenAServiceChangesItsThreshold() {
        clock.set(at(DAY, "08:00"));
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        clock.set(at(DAY, "09:00"));
        TicketView quick = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        TicketView slow = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        serve(window, quick, at(DAY, "09:10"));
        serve(window, slow, at(DAY, "09:25"));
        clock.set(at(DAY.plusDays(1), "08:00"));
        HallReport before = api.report(hall, HallReport.Period.DAY, DAY);
        // Waits of 10 and 25 minutes against the 20 minutes of the day.
        assertThat(before.total().withinThreshold()).isEqualTo(1);
        assertThat(before.total().againstThreshold()).isEqualTo(2);

        ServiceDefinition service = catalog.findService(hall, "a").orElseThrow();
        catalog.updateService(hall, new ServiceDefinition(service.code(), service.prefix(), service.name(),
                service.category(), service.guide(), service.dailyQuota(), Duration.ofMinutes(5),
                service.preApplicationOnline(), service.active(), service.sortOrder()));
        clock.set(at(DAY.plusDays(1), "09:00"));
        TicketView tomorrow = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        serve(window, tomorrow, at(DAY.plusDays(1), "09:10"));
        clock.set(at(DAY.plusDays(2), "08:00"));

        assertThat(api.report(hall, HallReport.Period.DAY, DAY)).isEqualTo(before);
        HallReport.Figures nextDay = api.report(hall, HallReport.Period.DAY, DAY.plusDays(1)).total();
        assertThat(nextDay.withinThreshold()).as("10 minutes against the new 5").isZero();
        assertThat(nextDay.againstThreshold()).isEqualTo(1);
        HallReport.Figures week = api.report(hall, HallReport.Period.WEEK, DAY).total();
        assertThat(week.withinThreshold()).isEqualTo(1);
        assertThat(week.againstThreshold()).isEqualTo(3);
        assertThat(catalog.thresholds(hall).of("a")).extracting(WaitThresholds.Change::threshold)
                .containsExactly(Duration.ofMinutes(20), Duration.ofMinutes(5));
    }

    @Test
    void aPastPeriodKeepsTheNamesOfItsTimeWhenAServiceAWindowAndAClerkAreRenamed() throws Exception {
        clock.set(at(DAY, "08:00"));
        String hall = halls.create("A");
        long window = windowDesk.create(hall, 1, LocalizedText.of("综合窗口", "General"), Map.of("a", 1.0), false,
                false);
        Clerk clerk = new Clerk("李一");
        String badge = clerk.member.badge();
        dayAtTheWindow(hall, window, clerk, DAY);
        clock.set(at(DAY.plusDays(1), "08:00"));
        HallReport before = api.report(hall, HallReport.Period.DAY, DAY);
        assertThat(before.services()).singleElement().extracting(HallReport.Line::label)
                .isEqualTo(LocalizedText.of("业务A", "Service A"));
        assertThat(before.windows()).singleElement().isEqualTo(new HallReport.Line("1",
                LocalizedText.of("综合窗口", "General"), before.windows().getFirst().figures()));
        assertThat(before.staff()).singleElement().isEqualTo(new HallReport.Line(badge,
                LocalizedText.of("李一", "李一"), before.staff().getFirst().figures()));
        assertThat(before.staff().getFirst().figures().served()).isEqualTo(1);
        assertThat(before.staff().getFirst().figures().rated()).isEqualTo(1);

        // The next morning the service is renamed, the window renumbered and relabelled, and the
        // clerk's name corrected (there is no screen for that: it is a fix in the database).
        ServiceDefinition service = catalog.findService(hall, "a").orElseThrow();
        catalog.updateService(hall, new ServiceDefinition(service.code(), service.prefix(),
                LocalizedText.of("企业开办", "Starting a business"), service.category(), service.guide(),
                service.dailyQuota(), service.waitThreshold(), service.preApplicationOnline(), service.active(),
                service.sortOrder()));
        windowDesk.update(window, new org.openhall.queue.window.WindowSettings(7, LocalizedText.of("企业窗口",
                "Business"), Map.of("a", 1.0), false, false));
        jdbc.sql("UPDATE staff_member SET display_name = ? WHERE id = ?").params("李壹", clerk.member.id()).update();
        dayAtTheWindow(hall, window, clerk, DAY.plusDays(1));
        clock.set(at(DAY.plusDays(20), "08:00"));

        HallReport again = api.report(hall, HallReport.Period.DAY, DAY);
        assertThat(again).isEqualTo(before);
        assertThat(reports.report(hall, HallReport.Period.DAY, DAY)).isEqualTo(before);
        HallReport after = api.report(hall, HallReport.Period.DAY, DAY.plusDays(1));
        HallReport week = api.report(hall, HallReport.Period.WEEK, DAY);
        for (HallReport report : List.of(after, week)) {
            assertThat(report.services()).as("%s", report.period()).singleElement()
                    .extracting(HallReport.Line::label).isEqualTo(LocalizedText.of("企业开办", "Starting a business"));
            assertThat(report.windows()).as("%s", report.period()).singleElement()
                    .satisfies(l -> assertThat(l.key()).isEqualTo("7"))
                    .extracting(HallReport.Line::label).isEqualTo(LocalizedText.of("企业窗口", "Business"));
            assertThat(report.staff()).as("%s", report.period()).singleElement()
                    .satisfies(l -> assertThat(l.key()).isEqualTo(badge))
                    .extracting(HallReport.Line::label).isEqualTo(LocalizedText.of("李壹", "李壹"));
        }
        assertThat(week.total().served()).isEqualTo(2);

        // The files are written from the report, so they name the past the same way.
        String path = "/api/halls/" + hall + "/reports/daily?date=" + DAY;
        String csv = new String(download(path, "text/csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(new String(ReportExports.csv(before, SHANGHAI), java.nio.charset.StandardCharsets.UTF_8))
                .contains("业务A", "Service A", "综合窗口", "General", "李一")
                .doesNotContain("企业开办", "Starting a business", "企业窗口", "Business", "李壹");
        List<String> cells = cells(download(path, ReportController.XLSX));
        assertThat(cells).isEqualTo(cells(ReportExports.xlsx(before, SHANGHAI)))
                .contains("业务A", "Service A", "综合窗口", "General", "李一")
                .doesNotContain("企业开办", "Starting a business", "企业窗口", "Business", "李壹");
        assertThat(cells(download("/api/halls/" + hall + "/reports/daily?date=" + DAY.plusDays(1),
                ReportController.XLSX))).contains("企业开办", "Starting a business", "企业窗口", "Business", "李壹")
                .doesNotContain("业务A", "Service A", "综合窗口", "General", "李一");
    }

    /** The clerk opens the window at 09:00, serves one visitor, who rates the visit, and closes at 17:00. */
    private void dayAtTheWindow(String hall, long window, Clerk clerk, LocalDate day) {
        clock.set(at(day, "09:00"));
        clerk.open(window);
        TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        clock.set(at(day, "09:10"));
        clerk.api.call(window, new org.openhall.client.api.CallTicketRequest(ticket.id()));
        clerk.api.start(ticket.id());
        clock.set(at(day, "09:15"));
        clerk.api.complete(ticket.id());
        api.rate(ticket.id(), new RatingRequest(5, List.of(), null, "WINDOW", null));
        clock.set(at(day, "17:00"));
        clerk.close(window);
    }

    private byte[] download(String path, String accept) throws Exception {
        String manager = settings().withStaff(access.manager().username(), TestSignIn.PASSWORD).authorization()
                .orElseThrow();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + path)).header("Authorization", manager).header("Accept", accept).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            workbook.getFirstSheet().read().forEach(row -> row.forEach(cell -> cells.add(cell == null ? ""
                    : cell.getRawValue() == null ? "" : cell.getRawValue())));
        }
        return cells;
    }

    private void serve(long window, TicketView ticket, Instant calledAt) {
        clock.set(calledAt);
        api.call(window, new org.openhall.client.api.CallTicketRequest(ticket.id()));
        api.start(ticket.id());
        clock.set(calledAt.plus(Duration.ofMinutes(3)));
        api.complete(ticket.id());
    }

    @Test
    void refusesAnUnknownPeriodAnUnreadableDateAndCallersOtherThanManagers() throws Exception {
        String hall = halls.create("A");
        halls.openWindow(hall, 1, Map.of("a", 1.0));
        String manager = settings().withStaff(access.manager().username(), TestSignIn.PASSWORD).authorization()
                .orElseThrow();
        var unknown = raw("GET", "/api/halls/" + hall + "/reports/yearly?date=2026-03-02", null, null, manager);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("unknown-report");
        var unreadable = raw("GET", "/api/halls/" + hall + "/reports/daily?date=2026-02-30", null, null, manager);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("invalid-date");
        var noHall = raw("GET", "/api/halls/nope/reports/daily?date=2026-03-02", null, null, manager);
        assertThat(noHall.statusCode()).isEqualTo(404);
        assertThat(noHall.body()).contains("unknown-hall");
        var clerk = raw("GET", "/api/halls/" + hall + "/reports/daily", null, null,
                settings().withStaff(access.clerkInHall(hall).username(), TestSignIn.PASSWORD).authorization()
                        .orElseThrow());
        assertThat(clerk.statusCode()).isEqualTo(403);

        clock.set(at(DAY, "10:00"));
        HallReport today = api.report(hall, HallReport.Period.MONTH, DAY);
        assertThat(today.asOf()).isEqualTo(clock.instant());
        assertThat(today.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(today.total().issued()).isZero();
        assertThat(today.total().meanWait()).isNull();
        assertThat(today.total().withinThresholdShare()).isNull();
        assertThat(today.services()).singleElement().extracting(HallReport.Line::key).isEqualTo("a");
        assertThat(today.windows()).isEmpty();
    }

    /**
     * A day from 09:00 to 17:00 minute by minute: visitors arrive with probability {@code arrivals}
     * a minute and now and then give up; each desk calls, serves (2 to 12 minutes) or marks a
     * no-show (some requeued), sends some on to another service, and half its visitors rate. At
     * noon the second desk's clerk hands over to {@code relief}; at 14:00 the last desk pauses for
     * half an hour. Complaints and a suggestion come in.
     */
    private void simulateDay(LocalDate day, String hall, Random random, QueueApi kiosk, QueueApi manager,
            List<Desk> desks, @Nullable Clerk relief, double arrivals) {
        clock.set(at(day, "08:55"));
        for (Desk desk : desks) {
            desk.clerk.open(desk.id);
        }
        List<String> waiting = new ArrayList<>();
        String[] services = {"a", "a", "b", "c"};
        boolean handedOver = relief == null;
        for (int minute = 0; minute < 8 * 60; minute++) {
            clock.set(at(day, "09:00").plus(Duration.ofMinutes(minute)).plusSeconds(random.nextInt(50)));
            if (random.nextDouble() < arrivals) {
                TicketView ticket = kiosk.issueTicket(hall, new IssueTicketRequest(services[random.nextInt(4)], null,
                        random.nextInt(15) == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL), UUID.randomUUID().toString());
                waiting.add(ticket.id());
                if (ticket.estimatedWait() != null) {
                    told.put(ticket.id(), ticket.estimatedWait());
                }
            }
            if (!waiting.isEmpty() && random.nextInt(60) == 0) {
                String gaveUp = waiting.get(random.nextInt(waiting.size()));
                if (manager.ticket(gaveUp).status().isWaiting()) {
                    manager.cancel(gaveUp);
                }
            }
            if (random.nextInt(90) == 0) {
                giveFeedback(kiosk, hall, random.nextInt(4) == 0 ? "SUGGESTION" : "COMPLAINT");
            }
            Instant now = clock.instant();
            for (Desk desk : desks) {
                if (desk.held == null && !handedOver && desk == desks.get(1) && minute >= 180) {
                    desk.clerk.close(desk.id);
                    desk.clerk = relief;
                    desk.clerk.open(desk.id);
                    handedOver = true;
                }
                if (desk == desks.getLast() && desks.size() > 2 && minute >= 300 && minute < 330) {
                    if (!desk.paused && desk.held == null) {
                        desk.clerk.api.pauseWindow(desk.id, "午休 lunch");
                        seating.add(new Seat(now, desk.id, desk.clerk.member.badge()));
                        desk.paused = true;
                    }
                    continue;
                }
                if (desk.paused) {
                    desk.clerk.open(desk.id);
                    desk.paused = false;
                }
                step(desk, random, manager, now);
            }
        }
        clock.set(at(day, "17:30"));
        for (Desk desk : desks) {
            if (desk.held != null) {
                if (desk.held.status() == org.openhall.client.api.TicketStatus.CALLED) {
                    desk.clerk.api.start(desk.held.id());
                }
                complete(desk, random);
            }
        }
        clock.set(at(day, "17:31"));
        for (Desk desk : desks) {
            desk.clerk.close(desk.id);
        }
        // Whoever still waits at closing time is sent home: their tickets are cancelled.
        for (String id : waiting) {
            if (manager.ticket(id).status().isWaiting()) {
                manager.cancel(id);
            }
        }
    }

    private void step(Desk desk, Random random, QueueApi manager, Instant now) {
        QueueApi clerk = desk.clerk.api;
        if (desk.held == null) {
            Optional<TicketView> called = clerk.callNext(desk.id);
            called.ifPresent(t -> {
                desk.held = t;
                desk.since = now;
            });
            return;
        }
        Duration held = Duration.between(desk.since, now);
        switch (desk.held.status()) {
            case CALLED -> {
                if (held.toMinutes() < 1) {
                    return;
                }
                if (random.nextInt(10) == 0) {
                    String noShow = clerk.noShow(desk.held.id()).id();
                    if (random.nextBoolean()) {
                        manager.requeue(noShow);
                    }
                    desk.held = null;
                } else {
                    desk.held = clerk.start(desk.held.id());
                    desk.since = now;
                    desk.serviceTime = Duration.ofMinutes(2 + random.nextInt(11));
                }
            }
            case SERVING -> {
                if (held.compareTo(desk.serviceTime) < 0) {
                    return;
                }
                if (transfers && random.nextInt(12) == 0) {
                    String other = desk.held.service().equals("c") ? "a" : "c";
                    clerk.transfer(desk.held.id(), TransferRequest.toService(other));
                    desk.held = null;
                } else {
                    complete(desk, random);
                }
            }
            default -> throw new IllegalStateException("A desk holds " + desk.held);
        }
    }

    private void complete(Desk desk, Random random) {
        TicketView done = desk.clerk.api.complete(desk.held.id());
        completedBy.put(done.id(), desk.clerk.member.badge());
        desk.held = null;
        if (random.nextBoolean()) {
            int level = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
            RatingView rating = api.rate(done.id(), new RatingRequest(level, List.of(), null, "WINDOW", null));
            assertThat(rating.level()).isEqualTo(level);
            levels.put(done.id(), level);
        }
    }

    private void giveFeedback(QueueApi kiosk, String hall, String kind) {
        kiosk.submitFeedback(hall, new FeedbackRequest(kind, "PROCESS", "取号机前排队太久 Waited long at the kiosk",
                null, null));
        (kind.equals("COMPLAINT") ? complaints : suggestions).add(clock.instant());
    }

    // ---- The independent computation ----------------------------------------------------------

    record Expected(HallReport.Figures total, Map<String, HallReport.Figures> services,
            Map<String, HallReport.Figures> windows, Map<String, HallReport.Figures> staff,
            HallReport.Complaints complaints) {
    }

    private static Map<String, HallReport.Figures> lines(List<HallReport.Line> lines) {
        Map<String, HallReport.Figures> byKey = new LinkedHashMap<>();
        lines.forEach(l -> byKey.put(l.key(), l.figures()));
        return byKey;
    }

    /** The figures of one line, summed the plain way. */
    private static final class Sums {
        final boolean issues;
        int issued;
        int served;
        int noShows;
        final List<Duration> waits = new ArrayList<>();
        final List<Duration> services = new ArrayList<>();
        int within;
        int against;
        int rated;
        int satisfied;
        int bad;
        int open;
        int overdue;

        Sums(boolean issues) {
            this.issues = issues;
        }

        HallReport.Figures figures() {
            return HallReport.Figures.of(issues ? issued : null, waits.size(), served, noShows, mean(waits),
                    p95(waits), mean(services), p95(services), within, against, rated, satisfied, bad, open, overdue);
        }

        static @Nullable Duration mean(List<Duration> durations) {
            if (durations.isEmpty()) {
                return null;
            }
            long micros = durations.stream().mapToLong(d -> d.toNanos() / 1000).sum();
            return Duration.ofSeconds(micros / durations.size() / 1_000_000);
        }

        static @Nullable Duration p95(List<Duration> durations) {
            if (durations.isEmpty()) {
                return null;
            }
            List<Duration> sorted = durations.stream().sorted().toList();
            Duration d = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
            return Duration.ofSeconds(d.getSeconds());
        }
    }

    private @Nullable String seatedAt(long window, Instant at) {
        String badge = null;
        for (Seat seat : seating) {
            if (seat.window() == window && !seat.at().isAfter(at)) {
                badge = seat.badge();
            }
        }
        return badge;
    }

    private Expected expected(String hall, LocalDate from, LocalDate to, Instant asOf) {
        Instant start = at(from, "00:00");
        Map<String, Long> windowNumbers = new HashMap<>();
        jdbc.sql("SELECT id, number FROM service_window WHERE hall_code = ?").param(hall)
                .query(rs -> {
                    windowNumbers.put(Long.toString(rs.getLong(1)), (long) rs.getInt(2));
                });
        Map<String, List<JsonNode>> byTicket = new LinkedHashMap<>();
        jdbc.sql("SELECT payload FROM hall_event WHERE hall_code = ? AND ticket_id IS NOT NULL ORDER BY id")
                .param(hall).query((rs, n) -> json.readTree(rs.getString(1))).list()
                .forEach(e -> byTicket.computeIfAbsent(e.get("ticket").get("id").asString(), id -> new ArrayList<>())
                        .add(e));

        Sums total = new Sums(true);
        Map<String, Sums> services = new LinkedHashMap<>();
        Map<String, Sums> windows = new HashMap<>();
        Map<String, Sums> staff = new HashMap<>();
        Function<String, Sums> service = code -> services.computeIfAbsent(code, c -> new Sums(true));
        List.of("a", "b", "c").forEach(service::apply);
        Function<JsonNode, List<Sums>> where = event -> {
            JsonNode ticket = event.get("ticket");
            List<Sums> sums = new ArrayList<>(List.of(total, service.apply(ticket.get("service").asString())));
            JsonNode window = ticket.get("windowId");
            if (window != null && !window.isNull()) {
                sums.add(windows.computeIfAbsent(Long.toString(windowNumbers.get(window.asString())),
                        w -> new Sums(false)));
                String badge = seatedAt(window.asLong(), Instant.parse(event.get("occurredAt").asString()));
                if (badge != null) {
                    sums.add(staff.computeIfAbsent(badge, b -> new Sums(false)));
                }
            }
            return sums;
        };

        for (List<JsonNode> events : byTicket.values()) {
            JsonNode issued = events.getFirst();
            assertThat(issued.get("type").asString()).isEqualTo("ticket-issued");
            LocalDate serviceDay = LocalDate.parse(issued.get("ticket").get("serviceDay").asString());
            if (serviceDay.isBefore(from) || serviceDay.isAfter(to)) {
                continue;
            }
            Instant issuedAt = Instant.parse(issued.get("ticket").get("issuedAt").asString());
            total.issued++;
            service.apply(issued.get("ticket").get("service").asString()).issued++;

            JsonNode firstCall = events.stream().filter(e -> e.get("type").asString().equals("ticket-called"))
                    .findFirst().orElse(null);
            if (firstCall != null) {
                Duration wait = Duration.between(issuedAt, Instant.parse(firstCall.get("occurredAt").asString()));
                for (Sums sums : where.apply(firstCall)) {
                    sums.waits.add(wait);
                    sums.against++;
                    sums.within += wait.compareTo(THRESHOLD) <= 0 ? 1 : 0;
                }
            } else {
                Instant end = events.stream().filter(e -> e.get("type").asString().equals("ticket-cancelled"))
                        .map(e -> Instant.parse(e.get("occurredAt").asString())).findFirst()
                        .orElse(at(serviceDay.plusDays(1), "00:00"));
                if (end.isAfter(asOf)) {
                    end = asOf;
                }
                if (Duration.between(issuedAt, end).compareTo(THRESHOLD) > 0) {
                    total.against++;
                    service.apply(issued.get("ticket").get("service").asString()).against++;
                }
            }
            for (JsonNode event : events) {
                if (event.get("type").asString().equals("ticket-completed")) {
                    Duration served = Duration.between(Instant.parse(event.get("ticket").get("startedAt").asString()),
                            Instant.parse(event.get("occurredAt").asString()));
                    for (Sums sums : where.apply(event)) {
                        sums.served++;
                        sums.services.add(served);
                    }
                }
            }
            JsonNode outcome = events.stream().filter(e -> List.of("ticket-no-show", "ticket-requeued",
                    "ticket-completed").contains(e.get("type").asString())).reduce((a, b) -> b).orElse(null);
            if (outcome != null && outcome.get("type").asString().equals("ticket-no-show")) {
                where.apply(outcome).forEach(sums -> sums.noShows++);
            }
        }

        // Ratings and follow-ups, from what the test did: every rating is given at the visit's end.
        LocalDate asOfDay = asOf.atZone(SHANGHAI).toLocalDate();
        for (Map.Entry<String, Integer> rated : levels.entrySet()) {
            List<JsonNode> events = byTicket.get(rated.getKey());
            JsonNode completed = events.stream().filter(e -> e.get("type").asString().equals("ticket-completed"))
                    .reduce((a, b) -> b).orElseThrow();
            Instant ratedAt = Instant.parse(completed.get("occurredAt").asString());
            List<Sums> sums = new ArrayList<>(where.apply(completed));
            // The rating names the clerk who completed the visit, whoever sits there now.
            sums.removeIf(staff::containsValue);
            sums.add(staff.computeIfAbsent(completedBy.get(rated.getKey()), b -> new Sums(false)));
            int level = rated.getValue();
            String tracking = jdbc.sql("""
                    SELECT f.tracking_number FROM follow_up f JOIN rating r ON r.id = f.rating_id WHERE r.ticket_id = ?""")
                    .param(rated.getKey()).query(String.class).optional().orElse(null);
            assertThat(tracking != null).as("a follow-up for level %d", level).isEqualTo(level <= 2);
            boolean ratedInPeriod = !ratedAt.isBefore(start) && ratedAt.isBefore(asOf);
            for (Sums s : sums) {
                if (ratedInPeriod) {
                    s.rated++;
                    s.satisfied += level >= 3 ? 1 : 0;
                    s.bad += level <= 2 ? 1 : 0;
                }
                if (tracking != null && ratedAt.isBefore(asOf)) {
                    Instant closed = closedFollowUps.get(tracking);
                    if (closed == null || !closed.isBefore(asOf)) {
                        s.open++;
                        s.overdue += deadline(tracking).isBefore(asOfDay) ? 1 : 0;
                    }
                }
            }
        }
        int open = 0;
        int overdue = 0;
        int answered = 0;
        for (String tracking : jdbc.sql("SELECT tracking_number FROM follow_up WHERE hall_code = ? AND feedback_id IS NOT NULL")
                .param(hall).query(String.class).list()) {
            Instant opened = jdbc.sql("SELECT opened_at FROM follow_up WHERE tracking_number = ?").param(tracking)
                    .query(java.sql.Timestamp.class).single().toInstant();
            if (!opened.isBefore(asOf)) {
                continue;
            }
            Instant closed = closedFollowUps.get(tracking);
            if (closed == null || !closed.isBefore(asOf)) {
                open++;
                overdue += deadline(tracking).isBefore(asOfDay) ? 1 : 0;
            } else if (!closed.isBefore(start)) {
                answered++;
            }
        }
        HallReport.Complaints complaintFigures = new HallReport.Complaints(
                (int) complaints.stream().filter(t -> !t.isBefore(start) && t.isBefore(asOf)).count(),
                (int) suggestions.stream().filter(t -> !t.isBefore(start) && t.isBefore(asOf)).count(),
                answered, open, overdue);

        Map<String, HallReport.Figures> serviceFigures = new LinkedHashMap<>();
        services.forEach((code, sums) -> serviceFigures.put(code, sums.figures()));
        Map<String, HallReport.Figures> windowFigures = new LinkedHashMap<>();
        windows.keySet().stream().sorted(Comparator.comparing(Long::parseLong))
                .forEach(w -> windowFigures.put(w, windows.get(w).figures()));
        Map<String, HallReport.Figures> staffFigures = new LinkedHashMap<>();
        staff.keySet().stream().sorted().forEach(b -> staffFigures.put(b, staff.get(b).figures()));
        return new Expected(total.figures(), serviceFigures, windowFigures, staffFigures, complaintFigures);
    }

    /** Each estimate line's figures by its key ("" for the hall), without its label. */
    private static Map<String, List<Object>> estimates(HallReport report) {
        Map<String, List<Object>> lines = new LinkedHashMap<>();
        for (HallReport.EstimateLine line : concat(report.estimates().total(), report.estimates().services())) {
            lines.put(line.key(), Arrays.asList(line.tickets(), line.meanDifference(), line.meanLonger(),
                    line.close()));
        }
        return lines;
    }

    private static List<HallReport.EstimateLine> concat(HallReport.EstimateLine first,
            List<HallReport.EstimateLine> rest) {
        List<HallReport.EstimateLine> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /**
     * How far the waits the visitors were told (as the kiosk got them, recorded in whole seconds) were
     * from the waits that followed (issue to the first call event), for the period's tickets first
     * called before {@code asOf}: the hall's line and one per service the tickets were issued for.
     */
    private Map<String, List<Object>> expectedEstimates(String hall, LocalDate from, LocalDate to, Instant asOf) {
        Map<String, List<Long>> errors = new TreeMap<>();
        Map<String, List<JsonNode>> byTicket = new LinkedHashMap<>();
        jdbc.sql("SELECT payload FROM hall_event WHERE hall_code = ? AND ticket_id IS NOT NULL ORDER BY id")
                .param(hall).query((rs, n) -> json.readTree(rs.getString(1))).list()
                .forEach(e -> byTicket.computeIfAbsent(e.get("ticket").get("id").asString(), id -> new ArrayList<>())
                        .add(e));
        for (Map.Entry<String, List<JsonNode>> entry : byTicket.entrySet()) {
            JsonNode issued = entry.getValue().getFirst().get("ticket");
            LocalDate serviceDay = LocalDate.parse(issued.get("serviceDay").asString());
            Duration toldWait = told.get(entry.getKey());
            JsonNode firstCall = entry.getValue().stream().filter(e -> e.get("type").asString().equals("ticket-called"))
                    .findFirst().orElse(null);
            if (serviceDay.isBefore(from) || serviceDay.isAfter(to) || toldWait == null || firstCall == null) {
                continue;
            }
            Instant calledAt = Instant.parse(firstCall.get("occurredAt").asString());
            if (calledAt.isAfter(asOf)) {
                continue;
            }
            // The test's clock stands still while a ticket is issued: its estimate is made at its issue.
            long waited = Duration.between(Instant.parse(issued.get("issuedAt").asString()), calledAt).toSeconds();
            long error = waited - toldWait.toSeconds();
            errors.computeIfAbsent("", k -> new ArrayList<>()).add(error);
            errors.computeIfAbsent(issued.get("service").asString(), k -> new ArrayList<>()).add(error);
        }
        Map<String, List<Object>> lines = new LinkedHashMap<>();
        errors.forEach((key, list) -> lines.put(key, Arrays.asList(list.size(),
                meanSeconds(list.stream().mapToLong(Math::abs).sum(), list.size()),
                meanSeconds(list.stream().mapToLong(Long::longValue).sum(), list.size()),
                (int) list.stream().filter(e -> Math.abs(e) <= 300).count())));
        if (lines.isEmpty()) {
            lines.put("", Arrays.asList(0, null, null, 0));
        }
        return lines;
    }

    /** A mean of whole seconds to the millisecond, then to the second, as the report rounds it. */
    private static Duration meanSeconds(long sum, int count) {
        long millis = Math.round(sum * 1000.0 / count);
        return Duration.ofSeconds(Math.round(millis / 1000.0));
    }

    private LocalDate deadline(String tracking) {
        return jdbc.sql("SELECT deadline FROM follow_up WHERE tracking_number = ?").param(tracking)
                .query(LocalDate.class).single();
    }
}
