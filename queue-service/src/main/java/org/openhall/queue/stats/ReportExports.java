package org.openhall.queue.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallReport.Figures;
import org.openhall.client.api.HallReport.Line;

/**
 * A hall's report as files to keep or pass on: a CSV that Excel opens with its Chinese intact, and a
 * spreadsheet. Both are bilingual (Chinese, then English) whatever the reader's language, carry the
 * same table (the hall, then one line per service, window and staff member, every figure), how close
 * the waits visitors were told came to their waits (the hall, then each service) and the complaints
 * below them. Durations are minutes with one decimal, shares percent; a figure that cannot
 * be measured (no visit to time, nothing rated) is an empty cell, never a zero.
 */
public final class ReportExports {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private ReportExports() {
    }

    /** How a figure is written: a count, minutes, or a share of 0..1 shown as percent. */
    private enum Kind {
        COUNT, MINUTES, SHARE
    }

    /** The figures' columns, in order, with their bilingual headers. */
    private enum Column {
        ISSUED("取号数", "Tickets issued", Kind.COUNT, Figures::issued),
        CALLED("叫号数", "Called", Kind.COUNT, Figures::called),
        SERVED("办结数", "Served", Kind.COUNT, Figures::served),
        NO_SHOWS("过号数", "No-shows", Kind.COUNT, Figures::noShows),
        MEAN_WAIT("平均等候(分钟)", "Mean wait (min)", Kind.MINUTES, Figures::meanWait),
        P95_WAIT("95%的人等候不超过(分钟)", "95% waited at most (min)", Kind.MINUTES, Figures::p95Wait),
        MEAN_SERVICE("平均办理时长(分钟)", "Mean service time (min)", Kind.MINUTES, Figures::meanService),
        P95_SERVICE("95%的办理不超过(分钟)", "95% served within (min)", Kind.MINUTES, Figures::p95Service),
        WITHIN("按时叫号数", "Called within the wait limit", Kind.COUNT, Figures::withinThreshold),
        AGAINST("计入等候考核数", "Counted against the wait limit", Kind.COUNT, Figures::againstThreshold),
        WITHIN_SHARE("等候达标率(%)", "Within the wait limit (%)", Kind.SHARE, Figures::withinThresholdShare),
        RATED("评价数", "Ratings", Kind.COUNT, Figures::rated),
        SATISFIED("满意数", "Satisfied", Kind.COUNT, Figures::satisfied),
        BAD("差评数", "Bad reviews", Kind.COUNT, Figures::bad),
        SATISFACTION("满意率(%)", "Satisfaction (%)", Kind.SHARE, Figures::satisfactionRate),
        FOLLOW_UPS_OPEN("差评待跟进", "Bad reviews to follow up", Kind.COUNT, Figures::followUpsOpen),
        FOLLOW_UPS_OVERDUE("其中已超期", "Of which overdue", Kind.COUNT, Figures::followUpsOverdue);

        final String zh;
        final String en;
        final Kind kind;
        final Function<Figures, @Nullable Object> value;

        Column(String zh, String en, Kind kind, Function<Figures, @Nullable Object> value) {
            this.zh = zh;
            this.en = en;
            this.kind = kind;
            this.value = value;
        }

        String header() {
            return zh + " " + en;
        }
    }

    /** The columns of how close the told waits were; {0} in a header is the minutes that count as close. */
    private enum EstimateColumn {
        TICKETS("人数", "Tickets", Kind.COUNT, HallReport.EstimateLine::tickets),
        DIFFERENCE("平均相差(分钟)", "Mean difference (min)", Kind.MINUTES, HallReport.EstimateLine::meanDifference),
        LONGER("实际比告知多等(分钟,负数为少等)", "Waited longer than told (min; negative: shorter)", Kind.MINUTES,
                HallReport.EstimateLine::meanLonger),
        CLOSE("相差{0}分钟以内", "Within {0} min", Kind.COUNT, HallReport.EstimateLine::close),
        CLOSE_SHARE("准确率(%)", "Close (%)", Kind.SHARE, HallReport.EstimateLine::closeShare);

        final String zh;
        final String en;
        final Kind kind;
        final Function<HallReport.EstimateLine, @Nullable Object> value;

        EstimateColumn(String zh, String en, Kind kind, Function<HallReport.EstimateLine, @Nullable Object> value) {
            this.zh = zh;
            this.en = en;
            this.kind = kind;
            this.value = value;
        }

        String zh(HallReport.Estimates estimates) {
            return zh.replace("{0}", Long.toString(estimates.close().toMinutes()));
        }

        String en(HallReport.Estimates estimates) {
            return en.replace("{0}", Long.toString(estimates.close().toMinutes()));
        }
    }

    private static final String ESTIMATES = "告知等候时间的准确度 How close the told waits were";

    /** One row of the table: its scope's words, its key and its names, and its figures. */
    private record Row(String scope, String key, String zh, String en, Figures figures) {
    }

    /** One row of how close the told waits were: the hall's, then each service's. */
    private record EstimateRow(String scope, String key, String zh, String en, HallReport.EstimateLine estimate) {
    }

    private static final String[] LEADING = {"范围 Scope", "编号 Key", "名称(中文) Name (Chinese)", "名称(英文) Name (English)"};

    /**
     * The report as CSV (RFC 4180, UTF-8 with a byte order mark, CRLF line ends), its instant shown
     * in UTC. A text cell that a spreadsheet would take for a formula gets a leading apostrophe.
     */
    public static byte[] csv(HallReport report) {
        return csv(report, ZoneOffset.UTC);
    }

    /** The report as CSV, its "as of" instant shown in {@code zone} (the hall's). */
    public static byte[] csv(HallReport report, ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (String[] title : title(report, zone)) {
            String[] cells = title.clone();
            for (int i = 1; i < cells.length; i++) {
                cells[i] = text(cells[i]);
            }
            line(out, cells);
        }
        line(out);
        List<String> header = new ArrayList<>(List.of(LEADING));
        for (Column column : Column.values()) {
            header.add(column.header());
        }
        line(out, header.toArray(String[]::new));
        for (Row row : rows(report)) {
            List<String> cells = new ArrayList<>(List.of(row.scope(), text(row.key()), text(row.zh()), text(row.en())));
            for (Column column : Column.values()) {
                cells.add(csvFigure(column, row.figures()));
            }
            line(out, cells.toArray(String[]::new));
        }
        line(out);
        line(out, ESTIMATES);
        HallReport.Estimates estimates = report.estimates();
        List<String> estimateHeader = new ArrayList<>(List.of(LEADING));
        for (EstimateColumn column : EstimateColumn.values()) {
            estimateHeader.add(column.zh(estimates) + " " + column.en(estimates));
        }
        line(out, estimateHeader.toArray(String[]::new));
        for (EstimateRow row : estimateRows(report)) {
            List<String> cells = new ArrayList<>(List.of(row.scope(), text(row.key()), text(row.zh()), text(row.en())));
            for (EstimateColumn column : EstimateColumn.values()) {
                cells.add(csvFigure(column.kind, column.value.apply(row.estimate())));
            }
            line(out, cells.toArray(String[]::new));
        }
        line(out);
        line(out, "投诉与建议 Complaints and suggestions");
        for (Object[] complaint : complaints(report)) {
            line(out, (String) complaint[0], Integer.toString((Integer) complaint[1]));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The report as an Excel workbook of one sheet, its instant shown in UTC. */
    public static byte[] xlsx(HallReport report) {
        return xlsx(report, ZoneOffset.UTC);
    }

    /**
     * The report as an Excel workbook of one sheet: a title block, the table with a bold header
     * that stays in view while scrolling, figures as numbers (minutes with one decimal, shares in
     * percent format), and the complaints below. Names are written as text cells, never formulas.
     */
    public static byte[] xlsx(HallReport report, ZoneId zone) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "OpenHall", "1.0");
            Worksheet sheet = workbook.newWorksheet("报表 Report");
            int r = 0;
            for (String[] title : title(report, zone)) {
                sheet.value(r, 0, title[0]);
                sheet.style(r, 0).bold().set();
                for (int c = 1; c < title.length; c++) {
                    sheet.value(r, c, title[c]);
                }
                r++;
            }
            sheet.style(0, 1).bold().fontSize(14).set();
            sheet.style(0, 2).bold().fontSize(14).set();
            r++;
            int headerRow = r;
            writeHeader(sheet, r, Arrays.stream(Column.values()).map(column -> column.zh + "\n" + column.en).toList());
            r++;
            for (Row row : rows(report)) {
                boolean total = row.figures() == report.total();
                int c = writeLeading(sheet, r, new String[] {row.scope(), row.key(), row.zh(), row.en()}, total);
                for (Column column : Column.values()) {
                    writeFigure(sheet, r, c++, column, row.figures(), total);
                }
                r++;
            }
            sheet.freezePane(0, headerRow + 1);
            sheet.repeatRows(headerRow);
            sheet.pageOrientation("landscape");
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            r++;
            sheet.value(r, 0, ESTIMATES);
            sheet.style(r, 0).bold().set();
            r++;
            HallReport.Estimates estimates = report.estimates();
            writeHeader(sheet, r, Arrays.stream(EstimateColumn.values())
                    .map(column -> column.zh(estimates) + "\n" + column.en(estimates)).toList());
            r++;
            for (EstimateRow row : estimateRows(report)) {
                boolean total = row.estimate() == estimates.total();
                int c = writeLeading(sheet, r, new String[] {row.scope(), row.key(), row.zh(), row.en()}, total);
                for (EstimateColumn column : EstimateColumn.values()) {
                    writeFigure(sheet, r, c++, column.kind, column.value.apply(row.estimate()), total);
                }
                r++;
            }
            r++;
            sheet.value(r, 0, "投诉与建议 Complaints and suggestions");
            sheet.style(r, 0).bold().set();
            r++;
            for (Object[] complaint : complaints(report)) {
                sheet.value(r, 0, (String) complaint[0]);
                sheet.value(r, 1, (Integer) complaint[1]);
                r++;
            }
            sheet.width(0, 34);
            sheet.width(1, 14);
            sheet.width(2, 24);
            sheet.width(3, 30);
            for (int k = 0; k < Column.values().length; k++) {
                sheet.width(LEADING.length + k, 14);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A table's bold, wrapped header row: the leading columns, then the figures' headers. */
    private static void writeHeader(Worksheet sheet, int r, List<String> figures) {
        int c = 0;
        for (String leading : LEADING) {
            sheet.value(r, c++, leading);
        }
        for (String figure : figures) {
            sheet.value(r, c++, figure);
        }
        sheet.range(r, 0, r, c - 1).style().bold().wrapText(true).fillColor("DDE7F3").verticalAlignment("top").set();
        sheet.rowHeight(r, 48);
    }

    /** A row's leading cells as text, bold for the hall's row; returns the first figure's column. */
    private static int writeLeading(Worksheet sheet, int r, String[] leading, boolean bold) {
        for (int c = 0; c < leading.length; c++) {
            sheet.value(r, c, leading[c]);
            if (bold) {
                sheet.style(r, c).bold().set();
            }
        }
        return leading.length;
    }

    /**
     * The file name for the report: {@code openhall-<hall>-<daily|weekly|monthly>-<from>.<extension>},
     * in ASCII letters, digits, dots, dashes and underscores only.
     */
    public static String fileName(HallReport report, String extension) {
        return "openhall-" + ascii(report.hall()) + "-" + report.period().path() + "-" + report.from() + "."
                + ascii(extension.startsWith(".") ? extension.substring(1) : extension);
    }

    private static String ascii(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.isEmpty() ? "_" : safe;
    }

    private static List<String[]> title(HallReport report, ZoneId zone) {
        return List.of(
                new String[] {"大厅 Hall", report.hallName().zh(), report.hallName().en(), report.hall()},
                new String[] {"报表 Report", period(report.period())},
                new String[] {"起 From", report.from().toString()},
                new String[] {"止 To", report.to().toString()},
                new String[] {"截至 As of", AS_OF.format(report.asOf().atZone(zone))});
    }

    private static String period(HallReport.Period period) {
        return switch (period) {
            case DAY -> "日报 Daily";
            case WEEK -> "周报 Weekly";
            case MONTH -> "月报 Monthly";
        };
    }

    private static List<Row> rows(HallReport report) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("大厅 Hall", report.hall(), report.hallName().zh(), report.hallName().en(), report.total()));
        add(rows, "事项 Service", report.services());
        add(rows, "窗口 Window", report.windows());
        add(rows, "工作人员 Staff", report.staff());
        return rows;
    }

    private static List<EstimateRow> estimateRows(HallReport report) {
        List<EstimateRow> rows = new ArrayList<>();
        HallReport.Estimates estimates = report.estimates();
        rows.add(new EstimateRow("大厅 Hall", report.hall(), report.hallName().zh(), report.hallName().en(),
                estimates.total()));
        for (HallReport.EstimateLine line : estimates.services()) {
            rows.add(new EstimateRow("事项 Service", line.key(), line.label().zh(), line.label().en(), line));
        }
        return rows;
    }

    private static void add(List<Row> rows, String scope, List<Line> lines) {
        for (Line line : lines) {
            rows.add(new Row(scope, line.key(), line.label().zh(), line.label().en(), line.figures()));
        }
    }

    private static List<Object[]> complaints(HallReport report) {
        HallReport.Complaints c = report.complaints();
        return List.of(
                new Object[] {"收到投诉 Complaints received", c.complaintsReceived()},
                new Object[] {"收到建议 Suggestions received", c.suggestionsReceived()},
                new Object[] {"已答复投诉 Complaints answered", c.complaintsAnswered()},
                new Object[] {"待答复投诉 Complaints still to answer", c.complaintsOpen()},
                new Object[] {"其中已超期 Of which overdue", c.complaintsOverdue()});
    }

    private static String csvFigure(Column column, Figures figures) {
        return csvFigure(column.kind, column.value.apply(figures));
    }

    private static String csvFigure(Kind kind, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case COUNT -> value.toString();
            case MINUTES -> minutes((Duration) value).toPlainString();
            case SHARE -> BigDecimal.valueOf((Double) value).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                    .toPlainString();
        };
    }

    private static void writeFigure(Worksheet sheet, int r, int c, Column column, Figures figures, boolean bold) {
        writeFigure(sheet, r, c, column.kind, column.value.apply(figures), bold);
    }

    private static void writeFigure(Worksheet sheet, int r, int c, Kind kind, @Nullable Object value, boolean bold) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case COUNT -> sheet.value(r, c, (Number) value);
            case MINUTES -> sheet.value(r, c, minutes((Duration) value));
            case SHARE -> sheet.value(r, c, (Double) value);
        }
        var style = sheet.style(r, c).format(switch (kind) {
            case COUNT -> "0";
            case MINUTES -> "0.0";
            case SHARE -> "0.0%";
        });
        if (bold) {
            style = style.bold();
        }
        style.set();
    }

    /** Minutes with one decimal, rounded half up. */
    static BigDecimal minutes(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(60_000), 1, RoundingMode.HALF_UP);
    }

    /** A text cell made safe from spreadsheet formula injection: a leading apostrophe where needed. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells[i]));
        }
        out.append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
