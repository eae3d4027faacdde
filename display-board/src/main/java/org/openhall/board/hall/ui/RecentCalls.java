package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.openhall.board.feed.Call;

/** The last calls, newest first, for visitors who looked away at the moment of their call. */
final class RecentCalls extends Div {

    private final Div rows = new Div();
    private List<Call> shown = List.of();

    RecentCalls() {
        addClassName("recent-calls");
        Div title = new Div(new Bilingual("最近叫号", "Last calls"));
        title.addClassName("section-title");
        rows.addClassName("recent-rows");
        add(title, rows);
    }

    void show(List<Call> calls) {
        if (calls.equals(shown)) {
            return;
        }
        shown = List.copyOf(calls);
        rows.removeAll();
        for (Call call : calls) {
            Span ticket = new Span(call.number());
            ticket.addClassName("recent-ticket");
            Span number = new Span(Integer.toString(call.windowNumber()));
            number.addClassName("recent-window-number");
            Div window = new Div(number, new Bilingual("号窗口", "Window " + call.windowNumber()));
            window.addClassName("recent-window");
            Div row = new Div(ticket, window);
            row.addClassName("recent-row");
            rows.add(row);
        }
    }

    /** The rows as text, e.g. {@code "A022 5"}: ticket and window. */
    List<String> shown() {
        return shown.stream().map(call -> call.number() + " " + call.windowNumber()).toList();
    }
}
