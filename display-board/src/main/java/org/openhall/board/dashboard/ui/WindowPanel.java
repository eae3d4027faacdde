package org.openhall.board.dashboard.ui;

import static org.openhall.board.dashboard.ui.Texts.bilingual;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.openhall.client.api.HallStats.WindowStats;
import org.openhall.client.api.WindowView;

/**
 * Every window as a card: number, open / paused (for how long and why) / closed, the clerk, the
 * ticket it holds, served today. An open window that holds no ticket while tickets wait for it is
 * marked, because that is the first thing a manager can fix.
 */
final class WindowPanel extends Div {

    static final String IDLE_WHILE_WAITING = "idle-while-waiting";

    private final Div cards = new Div();

    WindowPanel() {
        addClassNames("dash-panel", "dash-windows");
        Div title = new Div(bilingual("窗口", "Windows"));
        title.addClassName("dash-panel-title");
        cards.addClassName("window-cards");
        add(title, cards);
    }

    void show(List<WindowStats> windows, Instant now) {
        cards.removeAll();
        if (windows.isEmpty()) {
            Span none = bilingual("本大厅没有窗口", "No windows in this hall");
            none.addClassName("dash-none");
            cards.add(none);
        }
        for (WindowStats window : windows) {
            cards.add(card(window, now));
        }
    }

    private static Div card(WindowStats window, Instant now) {
        Span number = new Span(Integer.toString(window.number()));
        number.addClassName("window-number");

        Div state = new Div();
        state.addClassName("window-state");
        Duration since = window.stateSince() != null ? Duration.between(window.stateSince(), now) : null;
        switch (window.state()) {
            case OPEN -> state.add(bilingual("开放", "Open"));
            case CLOSED -> state.add(bilingual("关闭", "Closed"));
            case PAUSED -> {
                String zh = since != null ? "暂停 " + Texts.durationZh(since) : "暂停";
                String en = since != null ? "Paused " + Texts.durationEn(since) : "Paused";
                state.add(bilingual(zh, en));
                String reason = Objects.requireNonNullElse(window.pauseReason(), "").strip();
                if (!reason.isEmpty()) {
                    // Staff's own words, in whatever language they typed: shown once, as typed.
                    Span why = new Span("· " + reason);
                    why.addClassName("pause-reason");
                    state.add(why);
                }
            }
        }

        Div clerk = new Div();
        clerk.addClassName("window-clerk");
        WindowView.Clerk person = window.clerk();
        if (person != null) {
            Span badge = new Span("#" + person.badge());
            badge.addClassName("badge");
            badge.getElement().setAttribute("title", "工号 / Badge " + person.badge());
            clerk.add(new Span(person.name()), badge);
        } else {
            clerk.add(bilingual("无人", "Nobody"));
            clerk.addClassName("none");
        }

        Div ticket = new Div();
        ticket.addClassName("window-ticket");
        if (window.currentTicket() != null) {
            Span held = new Span(window.currentTicket());
            held.addClassName("ticket");
            ticket.add(held);
        } else if (window.idleWhileWaiting()) {
            ticket.add(bilingual("空闲 · " + window.waitingForIt() + " 人在等",
                    "Idle, " + window.waitingForIt() + " waiting"));
        } else if (window.state() == org.openhall.client.api.WindowState.OPEN) {
            ticket.add(bilingual("空闲", "Idle"));
        }

        Div served = new Div(bilingual("已办 " + window.served(), window.served() + " served"));
        served.addClassName("window-served");

        Div card = new Div(number, state, clerk, ticket, served);
        card.addClassName("window-card");
        card.getElement().setAttribute("data-state", window.state().name().toLowerCase(java.util.Locale.ROOT));
        card.getElement().setAttribute("data-window", Integer.toString(window.number()));
        card.setClassName(IDLE_WHILE_WAITING, window.idleWhileWaiting());
        return card;
    }

    List<Div> cards() {
        return cards.getChildren().filter(c -> c.hasClassName("window-card")).map(Div.class::cast).toList();
    }
}
