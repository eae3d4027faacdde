package org.openhall.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** The time and date in the hall's zone, written the visitor's way. */
public class ClockDisplay extends Div implements LocaleChangeObserver {

    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final Span time = new Span();
    private final Span date = new Span();

    public ClockDisplay(Clock clock, Supplier<ZoneId> zone) {
        this.clock = clock;
        this.zone = zone;
        addClassName("kiosk-clock");
        time.addClassName("kiosk-clock-time");
        date.addClassName("kiosk-clock-date");
        add(time, date);
    }

    /** Shows the current time; call on every beat. */
    public void refresh() {
        var now = ZonedDateTime.ofInstant(clock.instant(), zone.get());
        var locale = getLocale();
        time.setText(DateTimeFormatter.ofPattern(getTranslation("clock.time"), locale).format(now));
        date.setText(DateTimeFormatter.ofPattern(getTranslation("clock.date"), locale).format(now));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }
}
