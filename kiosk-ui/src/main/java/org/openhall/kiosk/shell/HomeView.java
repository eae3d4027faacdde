package org.openhall.kiosk.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.HallView;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.hall.HallNotFoundException;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen a visitor meets: the hall's name, one very large target to take a ticket and a large
 * target for each other path (scan a QR code, check in by ID, the service guide, my ticket, a
 * complaint or suggestion, rating a visit, asking a question). While
 * queue-service cannot be reached it says so plainly, offers a retry, and checks again by itself every
 * {@code openhall.kiosk.unavailable-retry-interval}.
 */
@Route(value = KioskRoutes.HOME, layout = KioskLayout.class)
public class HomeView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(HomeView.class);

    /** Why the kiosk cannot take tickets right now. */
    private enum Trouble {
        NONE, UNAVAILABLE, MISCONFIGURED
    }

    private final HallDirectory directory;
    private final H1 hallName = new H1();
    private final Span hallNameOther = new Span();
    private final Paragraph welcome = new Paragraph();
    private final Button take = new Button();
    private final Span takeLabel = new Span();
    private final Span takeOther = new Span();
    private final Paragraph hint = new Paragraph();
    private final Div paths = new Div();
    private final java.util.Map<String, Span[]> pathLabels = new java.util.LinkedHashMap<>();
    private final Div trouble = new Div();
    private final Paragraph troubleMessage = new Paragraph();
    private final Button retry = new Button();

    private @Nullable HallView hall;
    private Trouble state = Trouble.NONE;
    private final Countdown nextRetry;

    public HomeView(HallDirectory directory, Clock clock, SecondTicker ticker, KioskProperties properties) {
        this.directory = directory;
        this.nextRetry = new Countdown(clock, properties.kiosk().unavailableRetryInterval());
        addClassName("kiosk-home");

        hallName.addClassName("kiosk-home-hall");
        hallNameOther.addClassName("kiosk-home-hall-other");
        welcome.addClassName("kiosk-home-welcome");

        takeLabel.addClassName("kiosk-take-label");
        takeOther.addClassName("kiosk-take-other");
        take.setId("take-ticket");
        take.addClassName("kiosk-take");
        take.getElement().appendChild(takeLabel.getElement(), takeOther.getElement());
        take.addClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(KioskRoutes.TAKE)));
        hint.addClassName("kiosk-home-hint");
        paths.setId("home-paths");
        paths.addClassName("kiosk-paths");
        path("scan", KioskRoutes.SCAN);
        path("id", KioskRoutes.ID);
        path("guide", KioskRoutes.GUIDE);
        path("my-ticket", KioskRoutes.MY_TICKET);
        path("feedback", KioskRoutes.FEEDBACK);
        path("rate", KioskRoutes.RATE);
        path("ask", KioskRoutes.ASK);

        trouble.setId("home-trouble");
        trouble.addClassName("kiosk-trouble");
        trouble.getElement().setAttribute("role", "alert");
        retry.setId("home-retry");
        retry.addClassName("kiosk-secondary");
        retry.addClickListener(click -> load());
        trouble.add(troubleMessage, retry);

        add(hallName, hallNameOther, welcome, take, paths, hint, trouble);
        ticker.whileAttached(this, this::retryWhenDue);
    }

    /** A large target for one path; its id is {@code path-<name>}, its texts {@code home.path.<name>}. */
    private void path(String name, String route) {
        var button = new Button();
        button.setId("path-" + name);
        button.addClassName("kiosk-path");
        var label = new Span();
        label.addClassName("kiosk-path-label");
        var other = new Span();
        other.addClassName("kiosk-path-other");
        button.getElement().appendChild(label.getElement(), other.getElement());
        button.addClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(route)));
        pathLabels.put(name, new Span[] {label, other});
        paths.add(button);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        try {
            hall = directory.hall();
            state = Trouble.NONE;
        } catch (QueueUnavailableException e) {
            log.warn("queue-service is unreachable; the kiosk cannot issue tickets: {}", e.getMessage());
            state = Trouble.UNAVAILABLE;
        } catch (HallNotFoundException | QueueApiException e) {
            log.error("The kiosk cannot show hall {}: {}", directory.hallCode(), e.getMessage());
            state = Trouble.MISCONFIGURED;
        }
        nextRetry.restart();
        render();
    }

    private void retryWhenDue() {
        if (state != Trouble.NONE && nextRetry.expired()) {
            load();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    private void render() {
        var locale = getLocale();
        HallView shown = hall != null ? hall : directory.lastKnownHall().orElse(null);
        hallName.setText(shown != null ? shown.name().in(locale) : getTranslation("home.title"));
        String other = shown != null ? shown.name().in(KioskLanguages.other(locale)) : "";
        hallNameOther.setText(other.equals(hallName.getText()) ? "" : other);
        welcome.setText(getTranslation("home.welcome"));
        takeLabel.setText(getTranslation("home.take"));
        takeOther.setText(getTranslation("home.take.other-language"));
        hint.setText(getTranslation("home.hint"));
        pathLabels.forEach((name, labels) -> {
            labels[0].setText(getTranslation("home.path." + name));
            labels[1].setText(getTranslation("home.path." + name + ".other-language"));
        });
        retry.setText(getTranslation("action.retry"));
        troubleMessage.setText(switch (state) {
            case UNAVAILABLE -> getTranslation("home.unavailable");
            case MISCONFIGURED -> getTranslation("home.misconfigured");
            case NONE -> "";
        });

        boolean ready = state == Trouble.NONE;
        take.setVisible(ready);
        paths.setVisible(ready);
        hint.setVisible(ready);
        trouble.setVisible(!ready);
    }
}
