package org.openhall.kiosk.shell;

import com.vaadin.flow.component.HasElement;
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
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.i18n.VisitLanguage;

/**
 * The frame of every screen: a header with the hall's name (left out on the home screen, which shows
 * it large), the clock and the language switch, above the screen's content.
 */
public class KioskLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    private final HallDirectory hall;
    private final Span hallName = new Span();
    private final ClockDisplay clockDisplay;
    private final Button languageSwitch = new Button();
    private final Main content = new Main();

    public KioskLayout(HallDirectory hall, Clock clock, SecondTicker ticker, VisitLanguage language) {
        this.hall = hall;
        this.clockDisplay = new ClockDisplay(clock, hall::zone);
        addClassName("kiosk");

        hallName.addClassName("kiosk-hall-name");
        languageSwitch.addClassName("kiosk-language");
        languageSwitch.setId("language-switch");
        languageSwitch.addClickListener(click -> language.toggle(click.getSource().getUI().orElseThrow()));

        var header = new Header(hallName, clockDisplay, languageSwitch);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        add(header, content);

        ticker.whileAttached(this, this::refresh);
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
        });
        refresh();
    }

    private void refresh() {
        hallName.setText(hall.lastKnownHall().map(h -> h.name().in(getLocale())).orElse(""));
        clockDisplay.refresh();
    }

}
