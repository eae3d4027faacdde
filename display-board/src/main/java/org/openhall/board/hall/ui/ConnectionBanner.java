package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.openhall.board.feed.BoardState;

/**
 * Says on screen when the board may be out of date, so that nobody waits for a call a frozen
 * screen will never show. Hidden while the feed is live.
 */
final class ConnectionBanner extends Div {

    static final String CONNECTING_ZH = "正在连接叫号系统…";
    static final String CONNECTING_EN = "Connecting to the queue system…";
    static final String LOST_ZH = "连接中断，正在重连…";
    static final String LOST_EN = "Connection lost, reconnecting…";

    private final Span zh = new Span();
    private final Span en = new Span();

    ConnectionBanner() {
        addClassName("connection-banner");
        getElement().setAttribute("role", "status");
        zh.addClassName("zh");
        en.addClassName("en");
        Span icon = new Span("⚠");
        icon.addClassName("banner-icon");
        add(icon, zh, en);
        setVisible(false);
    }

    void show(BoardState state) {
        switch (state.status()) {
            case LIVE -> setVisible(false);
            case CONNECTING -> show("connecting", CONNECTING_ZH, CONNECTING_EN);
            case LOST -> show("lost", LOST_ZH, LOST_EN);
        }
    }

    /** The banner's text in both languages, empty while hidden. */
    String text() {
        return isVisible() ? zh.getText() + " / " + en.getText() : "";
    }

    private void show(String kind, String textZh, String textEn) {
        getElement().setAttribute("data-kind", kind);
        zh.setText(textZh);
        en.setText(textEn);
        setVisible(true);
    }
}
