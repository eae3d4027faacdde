package org.openhall.queue.stats.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.TicketView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.feedback.FeedbackDesk;
import org.openhall.queue.rating.Ratings;
import org.openhall.queue.staff.StaffConsole;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.staff.ui.WindowChooserView;
import org.openhall.queue.stats.HallReports;
import org.openhall.queue.stats.ReportExports;
import org.openhall.queue.support.TestClock;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A manager reads a hall's day on the report page; its figures and downloads are the hall's report. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class ReportsViewTest extends SpringBrowserlessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 in Shanghai on a Wednesday. */
    private static final Instant MORNING = Instant.parse("2026-11-04T02:00:00Z");

    @Autowired
    TestHalls halls;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    StaffConsole console;

    @Autowired
    Ratings ratings;

    @Autowired
    FeedbackDesk feedback;

    @Autowired
    StaffDirectory staff;

    @Autowired
    HallReports reports;

    @Autowired
    TestClock clock;

    @Autowired
    AuditLog audit;

    /** The manager {@link #aMorning()} signs in. */
    private StaffMember manager;

    @BeforeEach
    void morning() {
        clock.set(MORNING);
    }

    @AfterEach
    void reset() {
        TestSignIn.signOut();
        clock.reset();
    }

    /** A morning in a hall: four visitors served at window 1 by one clerk, one no-show, a bad review, a complaint. */
    private String aMorning() {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        StaffMember clerk = TestSignIn.newMember(staff, "李办事员", StaffRole.STAFF);
        TestSignIn.as(clerk);
        console.take(window, false);
        List<TicketView> tickets = List.of("a", "a", "b", "a", "b").stream()
                .map(service -> issuing.issue(hall, IssueTicketRequest.walkIn(service), null).ticket()).toList();
        for (int k = 0; k < 4; k++) {
            clock.advance(Duration.ofSeconds(150 + 40L * k));
            console.callNext(window).orElseThrow();
            console.start(window);
            clock.advance(Duration.ofSeconds(200 + 30L * k));
            console.complete(window);
        }
        clock.advance(Duration.ofMinutes(1));
        console.callNext(window).orElseThrow();
        console.noShow(window);
        ratings.rate(tickets.get(0).id(), RatingRequest.of(5, "WEB"));
        ratings.rate(tickets.get(1).id(), new RatingRequest(1, List.of("ATTITUDE"), "态度不好", "WEB", null));
        ratings.rate(tickets.get(2).id(), RatingRequest.of(4, "WEB"));
        feedback.submit(hall, new FeedbackRequest("COMPLAINT", "EFFICIENCY", "等候时间太长", null, null));
        clock.advance(Duration.ofMinutes(1));
        manager = TestSignIn.newMember(staff, "周经理", StaffRole.MANAGER);
        TestSignIn.as(manager);
        return hall;
    }

    /** The query of the page's address. */
    private static Map<String, String> address() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("staff/reports");
        Map<String, String> query = new java.util.HashMap<>();
        location.getQueryParameters().getParameters().forEach((name, values) -> query.put(name, String.join(",", values)));
        return query;
    }

    /** Opens the page with the choices in its address, as a link to a given report would. */
    private ReportsView open(Map<String, String> query) {
        UI.getCurrent().navigate("staff/reports", QueryParameters.simple(query));
        return (ReportsView) getCurrentView();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void theCardsAndTablesShowTheHallsReport() {
        String hall = aMorning();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(Map.of("hall", hall));

        HallReport report = reports.report(hall, HallReport.Period.DAY, LocalDate.of(2026, 11, 4));
        HallReport.Figures total = report.total();
        assertThat(total.served()).as("the morning as played").isEqualTo(4);
        assertThat(text("report-heading")).contains("测试大厅", "日报", "2026-11-04");
        assertThat(text("report-card-issued")).isEqualTo(String.valueOf(total.issued())).isEqualTo("5");
        assertThat(text("report-card-served")).isEqualTo("4");
        assertThat(text("report-card-no-shows")).isEqualTo(String.valueOf(total.noShows())).isEqualTo("1");
        assertThat(text("report-card-mean-wait")).isEqualTo(chinese(total.meanWait()));
        assertThat(text("report-card-p95-wait")).isEqualTo(chinese(total.p95Wait()));
        assertThat(text("report-card-satisfaction")).isEqualTo(percent(total.satisfactionRate()));
        assertThat(text("report-card-bad")).isEqualTo(String.valueOf(total.bad())).isEqualTo("1");
        assertThat(text("report-card-follow-ups")).isEqualTo(String.valueOf(total.followUpsOpen()));
        assertThat(text("report-card-complaints")).isEqualTo(String.valueOf(report.complaints().complaintsOpen()));
        assertThat(text("report-card-within")).isEqualTo(total.withinThresholdShare() == null ? "—"
                : percent(total.withinThresholdShare()));

        assertThat(report.services()).extracting(HallReport.Line::key).contains("a", "b");
        HallReport.Line a = report.services().stream().filter(l -> l.key().equals("a")).findFirst().orElseThrow();
        assertThat(text("report-services-a")).contains(a.label().zh(), String.valueOf(a.figures().issued()),
                chinese(a.figures().meanWait()));
        HallReport.Line window = report.windows().getFirst();
        assertThat(text("report-windows-" + window.key())).contains(window.label().zh(), chinese(window.figures().meanWait()));
        HallReport.Line clerk = report.staff().getFirst();
        assertThat(text("report-staff-" + clerk.key())).contains("李办事员");
        assertThat(text("report-complaints")).contains("收到投诉" + report.complaints().complaintsReceived());

        HallReport.EstimateLine told = report.estimates().total();
        assertThat(told.tickets()).as("all five were told a wait and called").isEqualTo(5);
        Duration longer = Objects.requireNonNull(told.meanLonger());
        assertThat(text("report-estimates-hall")).startsWith("全大厅5").contains(chinese(told.meanDifference()),
                longer.isZero() ? "一致" : longer.isNegative() ? "少等 " + chinese(longer.negated()) : "多等 " + chinese(longer))
                .endsWith(percent(told.closeShare()));
        HallReport.EstimateLine toldA = report.estimates().services().stream().filter(l -> l.key().equals("a"))
                .findFirst().orElseThrow();
        assertThat(toldA.tickets()).isEqualTo(3);
        assertThat(text("report-estimates-a")).startsWith(toldA.label().zh()).contains(chinese(toldA.meanDifference()));
    }

    @Test
    void theDownloadsAreTheReportOnScreen() throws Exception {
        String hall = aMorning();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ReportsView view = open(Map.of("hall", hall, "period", "week", "date", "2026-11-05"));
        assertThat(text("report-heading")).contains("Weekly report", "2026-11-02 to 2026-11-08");
        HallReport report = reports.report(hall, HallReport.Period.WEEK, LocalDate.of(2026, 11, 5));

        DownloadResponse csv = view.csv.complete(null);
        assertThat(csv.getFileName()).isEqualTo("openhall-" + hall + "-weekly-2026-11-02.csv");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getInputStream().readAllBytes()).isEqualTo(ReportExports.csv(report, SHANGHAI));

        DownloadResponse xlsx = view.xlsx.complete(null);
        assertThat(xlsx.getFileName()).isEqualTo("openhall-" + hall + "-weekly-2026-11-02.xlsx");
        byte[] bytes = xlsx.getInputStream().readAllBytes();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(1)).isEqualTo("测试大厅");
            Row total = rows.stream().filter(r -> "大厅 Hall".equals(r.getCellText(0)) && r.getCellCount() > 4)
                    .findFirst().orElseThrow();
            assertThat(total.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(report.total().issued());
            assertThat(total.getCellAsNumber(8).orElseThrow()).as("mean wait in minutes").isEqualByComparingTo(
                    BigDecimal.valueOf(report.total().meanWait().toSeconds()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
        }

        assertThat(audit.latest(5)).filteredOn(e -> e.action() == AuditAction.REPORT_DOWNLOAD)
                .extracting(AuditEvent::actorUsername, AuditEvent::hall, AuditEvent::detail)
                .containsExactly(
                        tuple(manager.username(), hall, "weekly report 2026-11-02..2026-11-08 as xlsx"),
                        tuple(manager.username(), hall, "weekly report 2026-11-02..2026-11-08 as csv"));

        $(Select.class).id("reports-period").setValue(HallReport.Period.MONTH);
        assertThat(text("report-heading")).contains("Monthly report", "2026-11-01 to 2026-11-30");
        assertThat(address()).as("the address names the report on screen")
                .isEqualTo(Map.of("hall", hall, "period", "monthly", "date", "2026-11-05"));
        assertThat(getCurrentView()).as("the same page, not a new one").isSameAs(view);
        assertThat(view.csv.complete(null).getFileName()).endsWith("-monthly-2026-11-01.csv");
        $(DatePicker.class).id("reports-date").setValue(LocalDate.of(2026, 10, 20));
        assertThat(address()).containsEntry("date", "2026-10-20").containsEntry("period", "monthly");
        assertThat(text("report-card-issued")).as("nothing happened in October").isEqualTo("0");
        assertThat(text("report-services-a")).startsWith("Service Aa0000—");
        assertThat(text("report-complaints")).contains("Complaints received0");

        UI.getCurrent().navigate("staff/reports");
        assertThat(text("report-heading")).as("a plain address, as the back button may bring: today's report")
                .contains("Daily report", MORNING.atZone(SHANGHAI).toLocalDate().toString());
    }

    @Test
    void managersFindTheReportsBesideTheFollowUpsAndClerksDoNot() {
        TestSignIn.as(TestSignIn.newMember(staff, "周经理", StaffRole.MANAGER));
        navigate(WindowChooserView.class);
        assertThat($(Anchor.class).id("reports-link").getHref()).isEqualTo("staff/reports");

        TestSignIn.as(TestSignIn.newMember(staff, "李办事员", StaffRole.STAFF));
        navigate(WindowChooserView.class);
        assertThat($(Anchor.class).withId("reports-link").exists()).isFalse();
    }

    private static String chinese(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " 秒" : s < 3600 ? s / 60 + " 分 " + s % 60 + " 秒" : s / 3600 + " 小时 " + s % 3600 / 60 + " 分";
    }

    private static String percent(Double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
