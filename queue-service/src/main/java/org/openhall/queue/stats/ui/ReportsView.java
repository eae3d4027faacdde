package org.openhall.queue.stats.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallReport.Figures;
import org.openhall.client.api.HallReport.Line;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.ui.SignedInBar;
import org.openhall.queue.stats.HallReports;
import org.openhall.queue.stats.ReportExports;

/**
 * {@code /staff/reports}: a hall's report of a day, a week or a month for its managers, laid out to
 * be read on screen and printed: the hall's main figures in large cards, then a table per service,
 * window and staff member, how close the waits visitors were told came to their waits, then
 * complaints. The same report downloads as CSV or as a spreadsheet.
 * {@code ?hall=code&period=daily|weekly|monthly&date=yyyy-mm-dd} opens a given report, and the
 * address follows what the manager chooses.
 */
@Route("staff/reports")
@PageTitle("OpenHall · Reports")
@RolesAllowed({"MANAGER", "ADMIN"})
public class ReportsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HallReports reports;
    private final HallCatalog catalog;
    private final Clock clock;
    private final Select<Hall> hall = new Select<>();
    private final Select<HallReport.Period> period = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Div body = new Div();
    /** The report on screen: the downloads write exactly this one. */
    private volatile @Nullable HallReport shown;
    /** Set while the address's choices are applied, so that they load the report once. */
    private boolean entering;

    /** Writes the report on screen as CSV (for tests: the download handler's source). */
    final InputStreamDownloadCallback csv = event -> download("csv", CSV, ReportExports::csv);
    /** Writes the report on screen as a spreadsheet. */
    final InputStreamDownloadCallback xlsx = event -> download("xlsx", XLSX, ReportExports::xlsx);

    public ReportsView(HallReports reports, HallCatalog catalog, CurrentStaff staff,
            AuthenticationContext authentication, Clock clock) {
        this.reports = reports;
        this.catalog = catalog;
        this.clock = clock;
        addClassNames("oh-page", "oh-reports");

        Button back = new Button(getTranslation("staff.back"), e -> getUI().ifPresent(ui -> ui.navigate("staff")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("reports-back");
        HorizontalLayout title = new HorizontalLayout(back, new H1(getTranslation("reports.title")));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Div header = new Div(title, new SignedInBar(staff, authentication));
        header.addClassNames("oh-header", "oh-no-print");

        hall.setLabel(getTranslation("reports.hall"));
        hall.setItemLabelGenerator(h -> h.name().in(getLocale()));
        hall.setId("reports-hall");
        hall.setWidth("22rem");
        period.setLabel(getTranslation("reports.period"));
        period.setItems(HallReport.Period.values());
        period.setItemLabelGenerator(p -> getTranslation("reports.period." + p.name()));
        period.setValue(HallReport.Period.DAY);
        period.setId("reports-period");
        date.setLabel(getTranslation("reports.date"));
        date.setLocale(getLocale());
        date.setId("reports-date");

        Anchor csvLink = download(DownloadHandler.fromInputStream(csv), "reports.csv", "reports-csv", VaadinIcon.FILE_TEXT_O);
        Anchor xlsxLink = download(DownloadHandler.fromInputStream(xlsx), "reports.xlsx", "reports-xlsx", VaadinIcon.FILE_TABLE);
        Button print = new Button(getTranslation("reports.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("reports-print");
        HorizontalLayout choices = new HorizontalLayout(hall, period, date);
        choices.setAlignItems(FlexComponent.Alignment.END);
        HorizontalLayout actions = new HorizontalLayout(csvLink, xlsxLink, print);
        actions.setAlignItems(FlexComponent.Alignment.END);
        Div controls = new Div(choices, actions);
        controls.addClassNames("oh-report-controls", "oh-no-print");

        body.addClassName("oh-report");
        body.setId("report");
        body.setWidthFull();
        add(header, controls, body);

        hall.addValueChangeListener(e -> follow());
        period.addValueChangeListener(e -> follow());
        date.addValueChangeListener(e -> follow());
    }

    /**
     * Takes the chosen hall, period and day to the page's address, which shows them: the address
     * can be bookmarked or sent on, and the browser's back button returns to the report before.
     */
    private void follow() {
        Hall chosen = hall.getValue();
        if (entering || chosen == null) {
            load();
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("hall", chosen.code());
        query.put("period", period.getValue().path());
        if (date.getValue() != null) {
            query.put("date", date.getValue().toString());
        }
        getUI().ifPresentOrElse(ui -> ui.navigate(ReportsView.class, QueryParameters.simple(query)), this::load);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entering = true;
        QueryParameters query = event.getLocation().getQueryParameters();
        List<Hall> halls = catalog.halls();
        hall.setItems(halls);
        hall.setVisible(halls.size() > 1);
        Optional<Hall> chosen = query.getSingleParameter("hall")
                .flatMap(code -> halls.stream().filter(h -> h.code().equals(code)).findFirst())
                .or(() -> halls.stream().findFirst());
        // What the address leaves out takes its default, so that going back to a plain address shows the day.
        period.setValue(query.getSingleParameter("period").flatMap(ReportsView::parsePeriod)
                .orElse(HallReport.Period.DAY));
        LocalDate day = query.getSingleParameter("date").flatMap(ReportsView::parseDay)
                .orElseGet(() -> chosen.map(h -> h.serviceDayAt(clock.instant())).orElse(LocalDate.now(clock)));
        date.setValue(day);
        chosen.ifPresent(hall::setValue);
        entering = false;
        load();
    }

    private void load() {
        if (entering) {
            return;
        }
        Hall chosen = hall.getValue();
        body.removeAll();
        if (chosen == null) {
            shown = null;
            body.add(new Paragraph(getTranslation("reports.noHall")));
            return;
        }
        LocalDate day = date.getValue() != null ? date.getValue() : chosen.serviceDayAt(clock.instant());
        HallReport report = reports.report(chosen.code(), period.getValue(), day);
        shown = report;
        show(report, chosen.zone());
    }

    private void show(HallReport report, ZoneId zone) {
        String range = report.from().equals(report.to()) ? report.from().toString()
                : getTranslation("reports.range", report.from(), report.to());
        H2 heading = new H2(report.hallName().in(getLocale()) + " · " + getTranslation("reports.period." + report.period())
                + " · " + range);
        heading.setId("report-heading");
        Paragraph asOf = new Paragraph(getTranslation("reports.asOf", AS_OF.format(report.asOf().atZone(zone))));
        asOf.addClassName("oh-muted");
        asOf.setId("report-as-of");
        body.add(heading, asOf, cards(report), section("reports.services", "report-services", report.services(), true),
                section("reports.windows", "report-windows", report.windows(), false),
                section("reports.staff", "report-staff", report.staff(), false), estimates(report.estimates()),
                complaints(report.complaints()));
    }

    private Component cards(HallReport report) {
        Figures f = report.total();
        HallReport.Complaints c = report.complaints();
        Div cards = new Div(
                card("issued", "reports.card.issued", count(f.issued()), null),
                card("served", "reports.card.served", count(f.served()), null),
                card("no-shows", "reports.card.noShows", count(f.noShows()), null),
                card("mean-wait", "reports.card.meanWait", duration(f.meanWait()), null),
                card("p95-wait", "reports.card.p95Wait", duration(f.p95Wait()), null),
                card("within", "reports.card.within", share(f.withinThresholdShare()),
                        getTranslation("reports.card.withinOf", f.withinThreshold(), f.againstThreshold())),
                card("satisfaction", "reports.card.satisfaction", share(f.satisfactionRate()),
                        getTranslation("reports.card.ratings", f.rated())),
                card("bad", "reports.card.bad", count(f.bad()), null),
                card("follow-ups", "reports.card.followUps", count(f.followUpsOpen()), overdue(f.followUpsOverdue())),
                card("complaints", "reports.card.complaints", count(c.complaintsOpen()), overdue(c.complaintsOverdue())));
        cards.addClassName("oh-report-cards");
        cards.setId("report-cards");
        return cards;
    }

    private Component card(String id, String labelKey, String value, @Nullable String note) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("oh-card-label");
        Span figure = new Span(value);
        figure.addClassName("oh-card-value");
        figure.setId("report-card-" + id);
        Div card = new Div(label, figure);
        card.addClassName("oh-report-card");
        if (note != null) {
            Span small = new Span(note);
            small.addClassName("oh-card-note");
            card.add(small);
        }
        return card;
    }

    private @Nullable String overdue(int overdue) {
        return overdue == 0 ? null : getTranslation("reports.card.overdue", overdue);
    }

    /** The table's columns: header key and cell text; the issued column only for services. */
    private List<Column> columns(boolean issued) {
        List<Column> columns = new ArrayList<>();
        if (issued) {
            columns.add(new Column("reports.col.issued", f -> count(f.issued())));
        }
        columns.addAll(List.of(
                new Column("reports.col.called", f -> count(f.called())),
                new Column("reports.col.served", f -> count(f.served())),
                new Column("reports.col.noShows", f -> count(f.noShows())),
                new Column("reports.col.meanWait", f -> duration(f.meanWait())),
                new Column("reports.col.p95Wait", f -> duration(f.p95Wait())),
                new Column("reports.col.meanService", f -> duration(f.meanService())),
                new Column("reports.col.within", f -> share(f.withinThresholdShare())),
                new Column("reports.col.rated", f -> count(f.rated())),
                new Column("reports.col.satisfaction", f -> share(f.satisfactionRate())),
                new Column("reports.col.bad", f -> count(f.bad())),
                new Column("reports.col.followUps", f -> f.followUpsOverdue() == 0 ? count(f.followUpsOpen())
                        : getTranslation("reports.col.followUpsOverdue", f.followUpsOpen(), f.followUpsOverdue()))));
        return columns;
    }

    private record Column(String headerKey, Function<Figures, String> cell) {
    }

    private Component section(String titleKey, String id, List<Line> lines, boolean issued) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("oh-report-section");
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reports.none"));
            none.addClassName("oh-muted");
            none.setId(id);
            section.add(none);
            return section;
        }
        List<Column> columns = columns(issued);
        NativeTable table = new NativeTable();
        table.addClassName("oh-report-table");
        table.setId(id);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("reports.col.name"));
        for (Column column : columns) {
            head.addHeaderCell().setText(getTranslation(column.headerKey()));
        }
        for (Line line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.setId(id + "-" + line.key());
            NativeTableCell name = row.addDataCell();
            String label = line.label().in(getLocale());
            name.add(new Span(label));
            // The key tells apart what the name alone may not (a service's code, a badge), unless the name says it.
            if (!saysKey(label, line.key())) {
                Span key = new Span(line.key());
                key.addClassName("oh-report-key");
                name.add(key);
            }
            for (Column column : columns) {
                row.addDataCell().setText(column.cell().apply(line.figures()));
            }
        }
        section.add(table);
        return section;
    }

    /** How close the told waits were: the hall, then each service, with the words for what the figures mean. */
    private Component estimates(HallReport.Estimates estimates) {
        Div section = new Div(new H2(getTranslation("reports.estimates")));
        section.addClassName("oh-report-section");
        long closeMinutes = estimates.close().toMinutes();
        Paragraph note = new Paragraph(getTranslation("reports.estimates.note", closeMinutes));
        note.addClassName("oh-muted");
        section.add(note);
        if (estimates.total().tickets() == 0) {
            Paragraph none = new Paragraph(getTranslation("reports.none"));
            none.addClassName("oh-muted");
            none.setId("report-estimates");
            section.add(none);
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("oh-report-table");
        table.setId("report-estimates");
        NativeTableRow head = table.getHead().addRow();
        for (String header : List.of(getTranslation("reports.col.name"), getTranslation("reports.estimates.tickets"),
                getTranslation("reports.estimates.difference"), getTranslation("reports.estimates.actual"),
                getTranslation("reports.estimates.close", closeMinutes))) {
            head.addHeaderCell().setText(header);
        }
        List<HallReport.EstimateLine> lines = new ArrayList<>();
        lines.add(estimates.total());
        lines.addAll(estimates.services());
        for (HallReport.EstimateLine line : lines) {
            NativeTableRow row = table.getBody().addRow();
            boolean hall = line.key().isEmpty();
            row.setId("report-estimates-" + (hall ? "hall" : line.key()));
            NativeTableCell name = row.addDataCell();
            name.add(new Span(hall ? getTranslation("reports.estimates.hall") : line.label().in(getLocale())));
            if (!hall && !saysKey(line.label().in(getLocale()), line.key())) {
                Span key = new Span(line.key());
                key.addClassName("oh-report-key");
                name.add(key);
            }
            row.addDataCell().setText(count(line.tickets()));
            row.addDataCell().setText(duration(line.meanDifference()));
            row.addDataCell().setText(longer(line.meanLonger()));
            row.addDataCell().setText(share(line.closeShare()));
        }
        section.add(table);
        return section;
    }

    /** Waited longer or shorter than told, by how much. */
    private String longer(@Nullable Duration value) {
        if (value == null) {
            return "—";
        }
        if (value.isZero()) {
            return getTranslation("reports.estimates.same");
        }
        return value.isNegative() ? getTranslation("reports.estimates.shorter", duration(value.negated()))
                : getTranslation("reports.estimates.longer", duration(value));
    }

    private Component complaints(HallReport.Complaints c) {
        NativeTable table = new NativeTable();
        table.addClassNames("oh-report-table", "oh-report-complaints");
        table.setId("report-complaints");
        Object[][] rows = {
                {"reports.complaints.received", c.complaintsReceived()},
                {"reports.complaints.suggestions", c.suggestionsReceived()},
                {"reports.complaints.answered", c.complaintsAnswered()},
                {"reports.complaints.open", c.complaintsOpen()},
                {"reports.complaints.overdue", c.complaintsOverdue()}};
        for (Object[] r : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(getTranslation((String) r[0]));
            row.addDataCell().setText(String.valueOf(r[1]));
        }
        Div section = new Div(new H2(getTranslation("reports.complaints")), table);
        section.addClassName("oh-report-section");
        return section;
    }

    private String count(@Nullable Integer value) {
        return value == null ? "—" : value.toString();
    }

    private String share(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    /** A duration as people say it: "12 分 30 秒" / "12 min 30 s", hours past the hour. */
    private String duration(@Nullable Duration value) {
        if (value == null) {
            return "—";
        }
        long seconds = value.toSeconds();
        if (seconds < 60) {
            return getTranslation("reports.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return getTranslation("reports.duration.minutes", seconds / 60, seconds % 60);
        }
        return getTranslation("reports.duration.hours", seconds / 3600, seconds % 3600 / 60);
    }

    private DownloadResponse download(String extension, String contentType, Exporter exporter) {
        HallReport report = shown;
        if (report == null) {
            return DownloadResponse.error(404);
        }
        ZoneId zone = catalog.halls().stream().filter(h -> h.code().equals(report.hall())).findFirst()
                .map(Hall::zone).orElse(ZoneId.of("UTC"));
        byte[] bytes = exporter.export(report, zone);
        reports.downloaded(report, extension);
        return new DownloadResponse(new ByteArrayInputStream(bytes), ReportExports.fileName(report, extension),
                contentType, bytes.length);
    }

    @FunctionalInterface
    private interface Exporter {
        byte[] export(HallReport report, ZoneId zone);
    }

    private Anchor download(DownloadHandler handler, String textKey, String id, VaadinIcon icon) {
        Anchor link = new Anchor(handler, "");
        Button button = new Button(getTranslation(textKey), icon.create());
        button.setTabIndex(-1);
        link.add(button);
        link.setId(id);
        return link;
    }

    /** Whether the name holds the key as a word of its own ("3号窗口" says 3; "Company registration" does not say a). */
    private static boolean saysKey(String name, String key) {
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(key)
                + "(?![A-Za-z0-9])").matcher(name).find();
    }

    private static Optional<HallReport.Period> parsePeriod(String text) {
        return Arrays.stream(HallReport.Period.values())
                .filter(p -> p.name().equalsIgnoreCase(text) || p.path().equalsIgnoreCase(text)).findFirst();
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
