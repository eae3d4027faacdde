package org.openhall.board.dashboard.ui;

import static org.openhall.board.dashboard.ui.Texts.bilingual;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.openhall.client.api.HallStats.WaitAlert;
import org.openhall.client.api.LocalizedText;

/** The tickets waiting past their service's limit, longest first; says so plainly when there are none. */
final class AlertPanel extends Div {

    private final Div rows = new Div();
    private final Span count = new Span();

    AlertPanel() {
        addClassNames("dash-panel", "dash-alerts");
        count.addClassName("alert-count");
        Div title = new Div(bilingual("等候超时", "Waiting too long"), count);
        title.addClassName("dash-panel-title");
        rows.addClassName("alert-rows");
        add(title, rows);
    }

    /** @param serviceNames service code to name, for alerts that name their service by code */
    void show(List<WaitAlert> alerts, Map<String, LocalizedText> serviceNames) {
        rows.removeAll();
        count.setText(alerts.isEmpty() ? "" : Integer.toString(alerts.size()));
        count.setVisible(!alerts.isEmpty());
        setClassName("has-alerts", !alerts.isEmpty());
        if (alerts.isEmpty()) {
            Span none = bilingual("无超时等候", "Nobody waits past the limit");
            none.addClassName("dash-none");
            rows.add(none);
            return;
        }
        for (WaitAlert alert : alerts) {
            Span number = new Span(alert.number());
            number.addClassName("alert-ticket");
            LocalizedText name = serviceNames.getOrDefault(alert.service(), LocalizedText.of(alert.service(), ""));
            Span service = bilingual(name);
            service.addClassName("alert-service");
            Span waited = bilingual("已等 " + Texts.durationZh(alert.waited()), "waited " + Texts.durationEn(alert.waited()));
            waited.addClassName("alert-waited");
            Span limit = bilingual("限 " + Texts.durationZh(alert.threshold()), "limit " + Texts.durationEn(alert.threshold()));
            limit.addClassName("alert-limit");
            Div row = new Div(number, service, waited, limit);
            row.addClassName("alert-row");
            row.getElement().setAttribute("data-ticket", alert.ticketId());
            rows.add(row);
        }
    }

    List<Div> rows() {
        return rows.getChildren().filter(c -> c.hasClassName("alert-row")).map(Div.class::cast).toList();
    }
}
