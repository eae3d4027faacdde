package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openhall.client.api.LocalizedText;

/** The hall's name and the local time, across the top of the board. */
final class BoardHeader extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.CHINA);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Span nameZh = new Span();
    private final Span nameEn = new Span();
    private final Span time = new Span();
    private final Span dateZh = new Span();
    private final Span dateEn = new Span();

    BoardHeader() {
        addClassName("board-header");
        nameZh.addClassName("hall-name-zh");
        nameEn.addClassName("hall-name-en");
        time.addClassName("clock-time");
        dateZh.addClassName("clock-date-zh");
        dateEn.addClassName("clock-date-en");
        Div name = new Div(nameZh, nameEn);
        name.addClassName("hall-name");
        Div dates = new Div(dateZh, dateEn);
        dates.addClassName("clock-date");
        Div clock = new Div(time, dates);
        clock.addClassName("clock");
        add(name, clock);
    }

    /** Shows the hall's name; its code stands in while queue-service has not told the name. */
    void showHall(String code, LocalizedText name) {
        setIfChanged(nameZh, name.zh().isBlank() ? code : name.zh());
        setIfChanged(nameEn, name.en());
    }

    void showTime(ZonedDateTime now) {
        setIfChanged(time, TIME.format(now));
        setIfChanged(dateZh, DATE_ZH.format(now));
        setIfChanged(dateEn, DATE_EN.format(now));
    }

    String time() {
        return time.getText();
    }

    /** Only a real change goes to the browser: the clock is checked every second but changes once a minute. */
    private static void setIfChanged(Span span, String text) {
        if (!text.equals(span.getText())) {
            span.setText(text);
        }
    }
}
