package org.openhall.board.dashboard.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.openhall.client.api.HallStats.WaitingPoint;

/**
 * The number of waiting tickets over the day as an SVG line over a shaded area, drawn on the
 * server (no chart library, no script in the browser). The x axis runs from the whole hour at or
 * before the first point to the whole hour at or after the last, labelled every hour; the y axis
 * from 0 to a round number at or above the day's highest count, with at most five steps of 1, 2 or
 * 5 times a power of ten. Every text in the picture is escaped.
 */
final class WaitingChart {

    static final int WIDTH = 1120;
    static final int HEIGHT = 330;
    static final int LEFT = 76;
    static final int RIGHT = 28;
    static final int TOP = 24;
    static final int BOTTOM = 52;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final String LINE = "#4dabf7";
    private static final String AREA = "rgba(77, 171, 247, 0.22)";
    private static final String GRID = "#26345a";
    private static final String LABEL = "#b4bfd6";

    private WaitingChart() {
    }

    /**
     * The chart as one {@code <svg>} element.
     *
     * @param title what the picture shows, for screen readers and as its tooltip (escaped)
     */
    static String svg(List<WaitingPoint> points, ZoneId zone, String title) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"waiting-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" font-family=\"'Noto Sans CJK SC', sans-serif\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        if (points.isEmpty()) {
            svg.append(text("empty", WIDTH / 2.0, HEIGHT / 2.0, "middle", 30, LABEL,
                    "今天还没有人取号 · No tickets yet today"));
            return svg.append("</svg>").toString();
        }

        int yMax = yMax(points.stream().mapToInt(WaitingPoint::waiting).max().orElse(0));
        int step = step(yMax);
        Instant start = floorHour(points.getFirst().at(), zone);
        Instant end = ceilHour(points.getLast().at(), zone);
        if (!end.isAfter(start)) {
            end = start.plus(Duration.ofHours(1));
        }
        double span = Duration.between(start, end).toSeconds();

        // Horizontal grid lines with the scale on the left.
        for (int value = 0; value <= yMax; value += step) {
            double y = y(value, yMax);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y))
                    .append("\" stroke=\"").append(GRID).append("\" stroke-width=\"").append(value == 0 ? 3 : 1.5)
                    .append("\"/>");
            svg.append(text("y-label", LEFT - 14, y + 9, "end", 26, LABEL, Integer.toString(value)));
        }
        // An hour label under every whole hour; every second one when the day is long.
        long hours = Duration.between(start, end).toHours();
        int every = hours > 12 ? 2 : 1;
        for (int h = 0; h <= hours; h += every) {
            Instant at = start.plus(Duration.ofHours(h));
            double x = x(at, start, span);
            svg.append("<line class=\"hour-tick\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
                    .append("\" y1=\"").append(TOP + PLOT_HEIGHT).append("\" y2=\"").append(TOP + PLOT_HEIGHT + 10)
                    .append("\" stroke=\"").append(LABEL).append("\" stroke-width=\"2\"/>");
            svg.append(text("x-label", x, HEIGHT - 12, "middle", 26, LABEL, HOUR.format(at.atZone(zone))));
        }

        StringBuilder line = new StringBuilder();
        for (WaitingPoint point : points) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(num(x(point.at(), start, span))).append(',').append(num(y(point.waiting(), yMax)));
        }
        double firstX = x(points.getFirst().at(), start, span);
        double lastX = x(points.getLast().at(), start, span);
        double base = y(0, yMax);
        svg.append("<path class=\"area\" fill=\"").append(AREA).append("\" d=\"M").append(num(firstX)).append(',')
                .append(num(base)).append(" L").append(line.toString().replace(" ", " L")).append(" L")
                .append(num(lastX)).append(',').append(num(base)).append(" Z\"/>");
        svg.append("<polyline class=\"line\" fill=\"none\" stroke=\"").append(LINE)
                .append("\" stroke-width=\"4\" stroke-linejoin=\"round\" points=\"").append(line).append("\"/>");
        for (WaitingPoint point : points) {
            svg.append("<circle class=\"point\" r=\"5\" fill=\"").append(LINE).append("\" cx=\"")
                    .append(num(x(point.at(), start, span))).append("\" cy=\"").append(num(y(point.waiting(), yMax)))
                    .append("\" data-waiting=\"").append(point.waiting()).append("\"><title>")
                    .append(escape(HOUR.format(point.at().atZone(zone)) + " · " + point.waiting() + " 人等候 / waiting"))
                    .append("</title></circle>");
        }
        // The latest count beside the last point: the number a manager looks for first.
        WaitingPoint last = points.getLast();
        double labelY = Math.max(TOP + 26, y(last.waiting(), yMax) - 14);
        svg.append(text("now-label", Math.min(lastX, LEFT + PLOT_WIDTH - 4), labelY, "end", 30, "#ffffff",
                "现在 Now " + last.waiting()));
        return svg.append("</svg>").toString();
    }

    /** The top of the scale: a multiple of the step at or above the highest count, at least 5. */
    static int yMax(int highest) {
        int top = Math.max(5, highest);
        int step = stepFor(top);
        return (top + step - 1) / step * step;
    }

    static int step(int yMax) {
        return stepFor(yMax);
    }

    /** 1, 2 or 5 times a power of ten, the smallest that covers {@code top} in at most five steps. */
    private static int stepFor(int top) {
        for (int power = 1; ; power *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                int step = factor * power;
                if ((top + step - 1) / step <= 5) {
                    return step;
                }
            }
        }
    }

    /** The y coordinate of a count on a scale from 0 to {@code yMax}. */
    static double y(int waiting, int yMax) {
        return TOP + PLOT_HEIGHT - (double) waiting / yMax * PLOT_HEIGHT;
    }

    private static double x(Instant at, Instant start, double span) {
        return LEFT + Duration.between(start, at).toSeconds() / span * PLOT_WIDTH;
    }

    private static Instant floorHour(Instant at, ZoneId zone) {
        return at.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
    }

    private static Instant ceilHour(Instant at, ZoneId zone) {
        ZonedDateTime floor = at.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        return floor.toInstant().equals(at) ? at : floor.plusHours(1).toInstant();
    }

    private static String text(String cssClass, double x, double y, String anchor, int size, String fill,
            String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"" + size + "\" fill=\"" + fill + "\">" + escape(content) + "</text>";
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text safe inside an XML element or a quoted attribute. */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
