package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The notice line that scrolls along the bottom of the board, in both languages. */
final class NoticeTicker extends Div {

    private static final String SEPARATOR = "\u3000\u3000◆\u3000\u3000";

    NoticeTicker(String zh, String en) {
        addClassName("notice-ticker");
        String text = zh.isBlank() || en.isBlank() ? zh + en : zh + SEPARATOR + en;
        // The text twice, moved by half the track's width: a seamless loop that never shows an empty line.
        Span track = new Span(text + SEPARATOR + text + SEPARATOR);
        track.addClassName("ticker-track");
        // A longer notice scrolls for longer, so that it moves at the same readable speed.
        long seconds = Math.max(20, Math.round(text.length() * 0.22));
        track.getStyle().set("animation-duration", seconds + "s");
        add(track);
        setVisible(!text.isBlank());
    }
}
