package org.openhall.kiosk.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.time.Clock;
import java.util.Objects;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.openhall.kiosk.i18n.VisitLanguage;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.KeyboardWedgeDetector;

/**
 * The frame of every screen: a header with the hall's name (left out on the home screen, which shows
 * it large), the clock, the large-text toggle and the language switch, above the screen's content.
 *
 * <p>It also watches for an idle visitor: any touch or key resets {@code openhall.kiosk.idle-timeout};
 * in its last {@value #WARNING_SECONDS} seconds a countdown shows, then the visit ends (home, default
 * language, large text off). On the home screen an idle kiosk only drops the last visitor's choices.
 */
public class KioskLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    /** How many seconds before the end of a visit the countdown shows. */
    static final int WARNING_SECONDS = 10;

    private final HallDirectory hall;
    private final Visits visits;
    private final KioskLanguages languages;
    private final Countdown idle;
    private final Button largeText = new Button();
    private final Div idleNotice = new Div();
    private final Span idleText = new Span();
    private final Span idleHint = new Span();
    private boolean atHome;
    private final Span hallName = new Span();
    private final ClockDisplay clockDisplay;
    private final Button languageSwitch = new Button();
    private final Main content = new Main();

    public KioskLayout(HallDirectory hall, Clock clock, SecondTicker ticker, VisitLanguage language, Visits visits,
            KioskLanguages languages, KioskProperties properties, CodeScans scans) {
        this.hall = hall;
        this.visits = visits;
        this.languages = languages;
        this.idle = new Countdown(clock, properties.kiosk().idleTimeout());
        this.clockDisplay = new ClockDisplay(clock, hall::zone);
        addClassName("kiosk");

        hallName.addClassName("kiosk-hall-name");
        languageSwitch.addClassName("kiosk-language");
        languageSwitch.setId("language-switch");
        languageSwitch.addClickListener(click -> language.toggle(click.getSource().getUI().orElseThrow()));

        largeText.addClassName("kiosk-large-toggle");
        largeText.setId("large-text");
        largeText.addClickListener(click -> {
            UI ui = click.getSource().getUI().orElseThrow();
            LargeText.toggle(ui);
            renderLargeText(ui);
        });

        idleNotice.setId("idle-countdown");
        idleNotice.addClassName("kiosk-idle");
        idleNotice.getElement().setAttribute("role", "alert");
        idleText.addClassName("kiosk-idle-text");
        idleHint.addClassName("kiosk-idle-hint");
        idleNotice.add(idleText, idleHint);
        idleNotice.addClickListener(click -> touched());
        idleNotice.setVisible(false);

        // Any touch or key anywhere on the page counts; at most one message a second reaches the server.
        getElement().addEventListener("pointerdown", event -> touched()).throttle(1000);
        getElement().addEventListener("keydown", event -> touched()).throttle(1000);

        // A keyboard-wedge scanner types into the page: its bursts become scans on every screen. Keys typed
        // into a field stay with the field (the scan screen's field reads the same scanner itself).
        var wedge = new KeyboardWedgeDetector(scans);
        getElement().addEventListener("keydown", event -> {
            String key = event.getEventData().get("event.key").asText("");
            long nanos = (long) (event.getEventData().get("event.timeStamp").asDouble(0) * 1_000_000);
            if (key.equals("Enter")) {
                wedge.key('\n', nanos);
            } else if (key.length() == 1) {
                wedge.key(key.charAt(0), nanos);
            }
        }).addEventData("event.key").addEventData("event.timeStamp")
                .setFilter("!(event.target instanceof HTMLInputElement) && !(event.target instanceof HTMLTextAreaElement)");
        addDetachListener(detach -> wedge.reset());

        var header = new Header(hallName, clockDisplay, largeText, languageSwitch);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        add(header, content, idleNotice);

        ticker.whileAttached(this, () -> {
            refresh();
            watchIdle();
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement screen) {
        content.getElement().appendChild(Objects.requireNonNull(screen).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean home = !event.getActiveChain().isEmpty() && event.getActiveChain().getFirst() instanceof HomeView;
        hallName.setVisible(!home);
        atHome = home;
        if (hall.lastKnownHall().isEmpty()) {
            // A screen opened before the home screen ever reached queue-service: one try per screen.
            hall.hallIfKnown();
        }
        touched();
        getUI().ifPresent(this::renderLargeText);
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        languageSwitch.setText(getTranslation("language.switch"));
        languageSwitch.getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
        languageSwitch.getElement().setAttribute("lang", getTranslation("language.switch.lang"));
        getUI().ifPresent(ui -> {
            ui.getElement().setAttribute("lang", event.getLocale().toLanguageTag());
            ui.getPage().setTitle(getTranslation("app.title"));
            renderLargeText(ui);
        });
        idleHint.setText(getTranslation("idle.hint"));
        touched();
        refresh();
    }

    /** The visitor did something: the idle countdown starts again and its notice goes away. */
    public void touched() {
        idle.restart();
        idleNotice.setVisible(false);
    }

    private void watchIdle() {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        if (atHome) {
            // Home is where an idle kiosk belongs; only the last visitor's choices are dropped.
            boolean changed = LargeText.isOn(ui) || !ui.getLocale().equals(languages.defaultLanguage());
            if (idle.expired() && changed) {
                visits.end(ui);
            }
            return;
        }
        if (idle.expired()) {
            idleNotice.setVisible(false);
            visits.end(ui);
            return;
        }
        long left = idle.secondsLeft();
        idleNotice.setVisible(left <= WARNING_SECONDS);
        idleText.setText(getTranslation("idle.countdown", left));
    }

    private void renderLargeText(UI ui) {
        boolean on = LargeText.isOn(ui);
        largeText.setText(getTranslation(on ? "large-text.off" : "large-text.on"));
        largeText.getElement().setAttribute("aria-label", getTranslation(on ? "large-text.off.label" : "large-text.on.label"));
        largeText.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }

    private void refresh() {
        hallName.setText(hall.lastKnownHall().map(h -> h.name().in(getLocale())).orElse(""));
        clockDisplay.refresh();
    }

}
