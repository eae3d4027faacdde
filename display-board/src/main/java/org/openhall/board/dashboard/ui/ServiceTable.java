package org.openhall.board.dashboard.ui;

import static org.openhall.board.dashboard.ui.Texts.bilingual;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallStats.ServiceStats;

/**
 * One row per service: waiting now, the longest wait so far (marked when past the service's limit),
 * the average wait and the wait 95 of 100 visitors stayed within today, served and missed tickets.
 */
final class ServiceTable extends Div {

    static final String OVER = "over-threshold";

    private final NativeTableBody body = new NativeTableBody();

    ServiceTable() {
        addClassNames("dash-panel", "dash-services");
        Div title = new Div(bilingual("各业务今日情况", "Services today"));
        title.addClassName("dash-panel-title");
        NativeTableRow head = new NativeTableRow(
                header("业务", "Service"), header("等候", "Waiting"), header("最长等候", "Longest wait"),
                header("平均等候", "Average wait"), header("95%的人不超过", "95% within"),
                header("已办结", "Served"), header("过号", "Missed"));
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("dash-table");
        add(title, table);
    }

    void show(List<ServiceStats> services) {
        body.removeAll();
        for (ServiceStats service : services) {
            boolean over = isOver(service);
            NativeTableCell name = new NativeTableCell();
            Span prefix = new Span(service.prefix());
            prefix.addClassName("dash-prefix");
            Div label = new Div(prefix, bilingual(service.name()));
            label.addClassName("service-label");
            name.add(label);
            name.addClassName("service-name");

            NativeTableCell longest = durationCell(service.longestWait(), "—");
            longest.addClassName("longest");
            if (over) {
                longest.addClassName("over");
                // The limit itself is in the alerts panel and the tooltip: one short line keeps rows even.
                longest.add(bilingual("超时", "Over"));
                longest.getElement().setAttribute("title", "限 " + Texts.durationZh(limit(service)) + " / limit "
                        + Texts.durationEn(limit(service)));
            }
            NativeTableRow row = new NativeTableRow(name, number(service.waiting(), "waiting"), longest,
                    durationCell(service.meanWait(), "—"), durationCell(service.p95Wait(), "—"),
                    number(service.served(), "served"), number(service.noShows(), "no-shows"));
            row.getElement().setAttribute("data-service", service.service());
            row.setClassName(OVER, over);
            body.add(row);
        }
    }

    /** Past the threshold: the longest wait is longer than the service's limit. */
    static boolean isOver(ServiceStats service) {
        return service.waitThreshold() != null && service.longestWait() != null
                && service.longestWait().compareTo(service.waitThreshold()) > 0;
    }

    private static Duration limit(ServiceStats service) {
        return service.waitThreshold() != null ? service.waitThreshold() : Duration.ZERO;
    }

    private static NativeTableHeaderCell header(String zh, String en) {
        return new NativeTableHeaderCell(bilingual(zh, en));
    }

    private static NativeTableCell number(int value, String cssClass) {
        Span span = new Span(Integer.toString(value));
        span.addClassName("num");
        NativeTableCell cell = new NativeTableCell(span);
        cell.addClassNames("number", cssClass);
        return cell;
    }

    /** The minutes large, the unit small; a dash when there is nothing to measure yet. */
    private static NativeTableCell durationCell(@Nullable Duration duration, String none) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("duration");
        if (duration == null) {
            Span dash = new Span(none);
            dash.addClassName("none");
            cell.add(dash);
            return cell;
        }
        cell.add(durationFigure(duration));
        return cell;
    }

    static Component durationFigure(Duration duration) {
        long minutes = Texts.minutes(duration);
        Div figure = new Div();
        figure.addClassName("duration-figure");
        if (minutes >= 60) {
            figure.add(num(Long.toString(minutes / 60)), unit("小时", "h"));
            minutes %= 60;
        }
        figure.add(num(Long.toString(minutes)), unit("分", "min"));
        return figure;
    }

    private static Span num(String text) {
        Span span = new Span(text);
        span.addClassName("num");
        return span;
    }

    private static Span unit(String zh, String en) {
        Span unit = bilingual(zh, en);
        unit.addClassName("unit");
        return unit;
    }

    /** The rows, one per service in the order given. */
    List<NativeTableRow> rows() {
        return body.getChildren().map(NativeTableRow.class::cast).toList();
    }
}
