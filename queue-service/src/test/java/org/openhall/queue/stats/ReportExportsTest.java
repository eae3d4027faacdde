package org.openhall.queue.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.HallReport.Figures;
import org.openhall.client.api.HallReport.Line;
import org.openhall.client.api.LocalizedText;

/** A hall's report written as CSV and as a spreadsheet, and read back. */
class ReportExportsTest {

    private static final String TRICKY = "王, \"小\"\n明";

    static HallReport report() {
        Figures total = Figures.of(120, 110, 100, 6, Duration.ofSeconds(750), Duration.ofMinutes(31),
                Duration.ofSeconds(401), Duration.ofSeconds(1203), 88, 104, 40, 36, 3, 2, 1);
        Figures licence = Figures.of(70, 66, 60, 4, Duration.ofSeconds(630), Duration.ofMinutes(25),
                Duration.ofSeconds(300), Duration.ofSeconds(900), 60, 66, 25, 24, 1, 1, 0);
        Figures quiet = Figures.of(0, 0, 0, 0, null, null, null, null, 0, 0, 0, 0, 0, 0, 0);
        Figures window = Figures.of(null, 50, 48, 2, Duration.ofSeconds(600), Duration.ofSeconds(1500),
                Duration.ofSeconds(280), Duration.ofSeconds(700), 45, 50, 20, 18, 2, 1, 1);
        Figures clerk = Figures.of(null, 30, 29, 1, Duration.ofSeconds(545), Duration.ofSeconds(1111),
                Duration.ofSeconds(333), Duration.ofSeconds(650), 28, 30, 12, 11, 1, 1, 1);
        return new HallReport("demo-hall", LocalizedText.of("朝阳区政务服务中心", "Chaoyang Government Service Center"),
                HallReport.Period.WEEK, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8),
                Instant.parse("2026-11-08T16:00:00Z"), total,
                List.of(new Line("BL", LocalizedText.of("营业执照", "Business licence"), licence),
                        new Line("=1+1", LocalizedText.of("=HYPERLINK(\"http://x\")", "+SUM(A1)"), quiet)),
                List.of(new Line("3", LocalizedText.of("3号窗口", TRICKY), window)),
                List.of(new Line("S007", LocalizedText.of("王小明", "@Wang Xiaoming"), clerk)),
                new HallReport.Complaints(5, 2, 3, 4, 1))
                .withEstimates(new HallReport.Estimates(Duration.ofMinutes(5),
                        HallReport.EstimateLine.of("", LocalizedText.of("", ""), 100, Duration.ofSeconds(270),
                                Duration.ofSeconds(-90), 80),
                        List.of(HallReport.EstimateLine.of("BL", LocalizedText.of("营业执照", "Business licence"), 60,
                                Duration.ofSeconds(300), Duration.ofSeconds(120), 45),
                                HallReport.EstimateLine.of("=1+1", LocalizedText.of("=HYPERLINK(\"http://x\")", "+SUM(A1)"),
                                        0, null, null, 0))));
    }

    @Test
    void csvOpensInExcelWithChineseAndTricksyNamesIntact() {
        byte[] bytes = ReportExports.csv(report(), ZoneId.of("Asia/Shanghai"));

        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).as("every line ends in CRLF; the only other newline is quoted")
                .doesNotContain("\r").containsOnlyOnce("\n");
        List<List<String>> rows = parse(text);

        assertThat(rows.get(0)).containsExactly("大厅 Hall", "朝阳区政务服务中心", "Chaoyang Government Service Center", "demo-hall");
        assertThat(rows.get(1)).containsExactly("报表 Report", "周报 Weekly");
        assertThat(rows.get(2)).containsExactly("起 From", "2026-11-02");
        assertThat(rows.get(3)).containsExactly("止 To", "2026-11-08");
        assertThat(rows.get(4)).containsExactly("截至 As of", "2026-11-09 00:00:00 +08:00");

        List<String> header = rows.get(6);
        assertThat(header).startsWith("范围 Scope", "编号 Key").contains("平均等候(分钟) Mean wait (min)",
                "等候达标率(%) Within the wait limit (%)", "满意率(%) Satisfaction (%)");
        List<String> hall = rows.get(7);
        assertThat(cell(header, hall, "范围 Scope")).isEqualTo("大厅 Hall");
        assertThat(cell(header, hall, "取号数 Tickets issued")).isEqualTo("120");
        assertThat(cell(header, hall, "办结数 Served")).isEqualTo("100");
        assertThat(cell(header, hall, "平均等候(分钟) Mean wait (min)")).isEqualTo("12.5");
        assertThat(cell(header, hall, "95%的人等候不超过(分钟) 95% waited at most (min)")).isEqualTo("31.0");
        assertThat(cell(header, hall, "平均办理时长(分钟) Mean service time (min)")).isEqualTo("6.7");
        assertThat(cell(header, hall, "等候达标率(%) Within the wait limit (%)")).isEqualTo("84.6");
        assertThat(cell(header, hall, "满意率(%) Satisfaction (%)")).isEqualTo("90.0");
        assertThat(cell(header, hall, "其中已超期 Of which overdue")).isEqualTo("1");

        List<String> licence = rows.get(8);
        assertThat(licence.subList(0, 4)).containsExactly("事项 Service", "BL", "营业执照", "Business licence");
        List<String> quiet = rows.get(9);
        assertThat(quiet.subList(1, 4)).as("formulas are defused")
                .containsExactly("'=1+1", "'=HYPERLINK(\"http://x\")", "'+SUM(A1)");
        assertThat(cell(header, quiet, "平均等候(分钟) Mean wait (min)")).as("nothing to measure: empty").isEmpty();
        assertThat(cell(header, quiet, "满意率(%) Satisfaction (%)")).isEmpty();
        assertThat(cell(header, quiet, "取号数 Tickets issued")).isEqualTo("0");

        List<String> window = rows.get(10);
        assertThat(window.subList(0, 4)).containsExactly("窗口 Window", "3", "3号窗口", TRICKY);
        assertThat(cell(header, window, "取号数 Tickets issued")).as("windows issue nothing").isEmpty();
        assertThat(cell(header, window, "95%的人等候不超过(分钟) 95% waited at most (min)")).isEqualTo("25.0");
        List<String> clerk = rows.get(11);
        assertThat(clerk.subList(0, 4)).containsExactly("工作人员 Staff", "S007", "王小明", "'@Wang Xiaoming");
        assertThat(cell(header, clerk, "平均等候(分钟) Mean wait (min)")).isEqualTo("9.1");

        assertThat(rows.get(13)).containsExactly("告知等候时间的准确度 How close the told waits were");
        List<String> estimates = rows.get(14);
        assertThat(estimates).containsExactly("范围 Scope", "编号 Key", "名称(中文) Name (Chinese)",
                "名称(英文) Name (English)", "人数 Tickets", "平均相差(分钟) Mean difference (min)",
                "实际比告知多等(分钟,负数为少等) Waited longer than told (min; negative: shorter)",
                "相差5分钟以内 Within 5 min", "准确率(%) Close (%)");
        assertThat(rows.get(15)).containsExactly("大厅 Hall", "demo-hall", "朝阳区政务服务中心",
                "Chaoyang Government Service Center", "100", "4.5", "-1.5", "80", "80.0");
        assertThat(rows.get(16)).containsExactly("事项 Service", "BL", "营业执照", "Business licence", "60", "5.0", "2.0",
                "45", "75.0");
        assertThat(rows.get(17)).as("defused, and nothing to measure: empty")
                .containsExactly("事项 Service", "'=1+1", "'=HYPERLINK(\"http://x\")", "'+SUM(A1)", "0", "", "", "0", "");

        assertThat(rows.get(19)).containsExactly("投诉与建议 Complaints and suggestions");
        assertThat(rows.subList(20, 25)).containsExactly(List.of("收到投诉 Complaints received", "5"),
                List.of("收到建议 Suggestions received", "2"), List.of("已答复投诉 Complaints answered", "3"),
                List.of("待答复投诉 Complaints still to answer", "4"), List.of("其中已超期 Of which overdue", "1"));
        assertThat(rows).hasSize(25);
    }

    @Test
    void spreadsheetHoldsTheFiguresAsNumbersWithChineseLabels() throws Exception {
        HallReport report = report();
        byte[] bytes = ReportExports.xlsx(report, ZoneId.of("Asia/Shanghai"));
        assertThat(ReadableWorkbook.isOOXMLZipHeader(bytes)).isTrue();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            // The reader leaves out empty rows: rows are found from the header down.
            List<Row> rows = workbook.getFirstSheet().read();
            int top = rows.indexOf(rows.stream().filter(r -> "范围 Scope".equals(r.getCellText(0))).findFirst().orElseThrow());
            assertThat(rows.get(top).getRowNum()).as("the header is the 7th row, after the title block").isEqualTo(7);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("大厅 Hall");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("朝阳区政务服务中心");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("周报 Weekly");
            assertThat(rows.get(4).getCellText(1)).isEqualTo("2026-11-09 00:00:00 +08:00");

            Row header = rows.get(top);
            int meanWait = column(header, "平均等候(分钟)\nMean wait (min)");
            int withinShare = column(header, "等候达标率(%)\nWithin the wait limit (%)");
            int satisfaction = column(header, "满意率(%)\nSatisfaction (%)");
            int issued = column(header, "取号数\nTickets issued");

            Row hall = rows.get(top + 1);
            assertThat(hall.getCellAsNumber(issued)).contains(new BigDecimal("120"));
            assertThat(hall.getCellAsNumber(meanWait)).contains(new BigDecimal("12.5"));
            assertThat(hall.getCell(meanWait).getDataFormatString()).isEqualTo("0.0");
            assertThat(hall.getCellAsNumber(withinShare).orElseThrow().doubleValue()).isCloseTo(88.0 / 104, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(hall.getCell(withinShare).getDataFormatString()).isEqualTo("0.0%");
            assertThat(hall.getCellAsNumber(satisfaction).orElseThrow().doubleValue()).isEqualTo(0.9);

            Row quiet = rows.get(top + 3);
            assertThat(quiet.getCellText(1)).as("a text cell, not a formula").isEqualTo("=1+1");
            assertThat(quiet.getCell(1).getFormula()).isNull();
            assertThat(quiet.getCellText(2)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(quiet.getOptionalCell(meanWait).map(c -> c.getValue())).isEmpty();

            Row window = rows.get(top + 4);
            assertThat(window.getCellText(2)).isEqualTo("3号窗口");
            assertThat(window.getCellText(3)).isEqualTo(TRICKY);
            assertThat(window.getOptionalCell(issued).map(c -> c.getValue())).isEmpty();
            Row clerk = rows.get(top + 5);
            assertThat(clerk.getCellText(2)).isEqualTo("王小明");
            assertThat(clerk.getCellAsNumber(meanWait)).contains(new BigDecimal("9.1"));

            Row estimatesHeader = rows.stream().filter(r -> "范围 Scope".equals(r.getCellText(0))).skip(1).findFirst()
                    .orElseThrow();
            int difference = column(estimatesHeader, "平均相差(分钟)\nMean difference (min)");
            int longer = column(estimatesHeader, "实际比告知多等(分钟,负数为少等)\nWaited longer than told (min; negative: shorter)");
            int close = column(estimatesHeader, "准确率(%)\nClose (%)");
            Row hallEstimates = rows.get(rows.indexOf(estimatesHeader) + 1);
            assertThat(rows.get(rows.indexOf(estimatesHeader) - 1).getCellText(0))
                    .isEqualTo("告知等候时间的准确度 How close the told waits were");
            assertThat(hallEstimates.getCellText(1)).isEqualTo("demo-hall");
            assertThat(hallEstimates.getCellAsNumber(difference)).contains(new BigDecimal("4.5"));
            assertThat(hallEstimates.getCellAsNumber(longer)).contains(new BigDecimal("-1.5"));
            assertThat(hallEstimates.getCellAsNumber(close).orElseThrow().doubleValue()).isEqualTo(0.8);
            assertThat(hallEstimates.getCell(close).getDataFormatString()).isEqualTo("0.0%");
            Row quietEstimates = rows.get(rows.indexOf(estimatesHeader) + 3);
            assertThat(quietEstimates.getCellText(1)).isEqualTo("=1+1");
            assertThat(quietEstimates.getCell(1).getFormula()).isNull();
            assertThat(quietEstimates.getOptionalCell(difference).map(c -> c.getValue())).isEmpty();

            Row complaints = rows.stream().filter(r -> "收到投诉 Complaints received".equals(r.getCellText(0))).findFirst()
                    .orElseThrow();
            assertThat(complaints.getCellAsNumber(1)).contains(new BigDecimal("5"));
        }
    }

    @Test
    void fileNamesAreAsciiAndSayWhatTheyHold() {
        assertThat(ReportExports.fileName(report(), "csv")).isEqualTo("openhall-demo-hall-weekly-2026-11-02.csv");
        HallReport odd = new HallReport("大厅/../x", report().hallName(), HallReport.Period.MONTH, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Instant.EPOCH, report().total(), List.of(), List.of(), List.of(),
                report().complaints());
        assertThat(ReportExports.fileName(odd, ".xlsx")).isEqualTo("openhall-______x-monthly-2026-11-01.xlsx");
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        assertThat(i).as("column %s", column).isNotNegative();
        return row.get(i);
    }

    private static int column(Row header, String text) {
        for (int c = 0; c < header.getCellCount(); c++) {
            if (text.equals(header.getCellText(c))) {
                return c;
            }
        }
        throw new AssertionError("no column " + text + " in " + header);
    }

    /** An RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        if (!row.isEmpty() || !cell.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
