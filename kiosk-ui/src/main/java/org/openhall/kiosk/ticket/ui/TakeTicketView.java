package org.openhall.kiosk.ticket.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.hall.HallNotFoundException;
import org.openhall.kiosk.shell.Countdown;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.SecondTicker;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.IssuedTicket;
import org.openhall.kiosk.ticket.Refusals;
import org.openhall.kiosk.ticket.TicketRequest;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choosing a service: one large tile per service, grouped by category. A tap asks for a ticket; while
 * the request runs every tile is disabled, so one visitor gets one ticket however often they tap. A
 * refusal or a missing answer is said in one plain sentence, and the visitor may tap again. Without a
 * tap for {@code openhall.kiosk.idle-timeout} the kiosk goes home.
 */
@Route(value = KioskRoutes.TAKE, layout = KioskLayout.class)
public class TakeTicketView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(TakeTicketView.class);

    /** A sentence on the status line, kept as key and parameters so that it follows a language switch. */
    private record Status(String key, boolean problem, Object... params) {
    }

    private final HallDirectory directory;
    private final TicketTaking taking;
    private final Visits visits;
    private final TicketRequest request = new TicketRequest();
    private final Countdown idle;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Button retry = new Button();
    private final Div groups = new Div();
    private final List<ServiceTile> tiles = new ArrayList<>();

    private List<ServiceView> services = List.of();
    private @Nullable Status shownStatus;
    private boolean requesting;

    public TakeTicketView(HallDirectory directory, TicketTaking taking, Visits visits, SecondTicker ticker,
            Clock clock, KioskProperties properties) {
        this.directory = directory;
        this.taking = taking;
        this.visits = visits;
        this.idle = new Countdown(clock, properties.kiosk().idleTimeout());
        addClassName("kiosk-take-screen");

        var top = ScreenTop.of(back, title, visits);

        status.setId("take-status");
        status.addClassName("kiosk-status");
        status.getElement().setAttribute("role", "alert");
        retry.setId("take-retry");
        retry.addClassName("kiosk-secondary");
        retry.addClickListener(click -> {
            idle.restart();
            loadServices();
        });
        retry.setVisible(false);
        groups.addClassName("kiosk-groups");

        add(top, status, retry, groups);
        ticker.whileAttached(this, this::goHomeWhenIdle);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        idle.restart();
        loadServices();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("take.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        idle.restart();
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("take.title"));
        retry.setText(getTranslation("action.retry"));
        renderTiles();
        renderStatus();
    }

    private void loadServices() {
        try {
            // The hall first: its name heads the screen and its zone dates the printed slip.
            directory.hall();
            services = directory.services();
            showStatus(services.isEmpty() ? new Status("take.no-services", true) : null);
        } catch (QueueUnavailableException e) {
            log.warn("Cannot list services of hall {}: {}", directory.hallCode(), e.getMessage());
            services = List.of();
            showStatus(new Status("take.unavailable", true));
        } catch (QueueApiException | HallNotFoundException e) {
            log.error("The kiosk cannot list the services of hall {}: {}", directory.hallCode(), e.getMessage());
            services = List.of();
            showStatus(new Status("home.misconfigured", true));
        }
        retry.setVisible(services.isEmpty());
        buildTiles();
    }

    private void buildTiles() {
        tiles.clear();
        groups.removeAll();
        var byCategory = new LinkedHashMap<LocalizedText, List<ServiceView>>();
        for (ServiceView service : services) {
            byCategory.computeIfAbsent(service.category(), c -> new ArrayList<>()).add(service);
        }
        byCategory.forEach((category, members) -> {
            var heading = new H2();
            heading.addClassName("kiosk-group-title");
            var row = new Div();
            row.addClassName("kiosk-tiles");
            for (ServiceView service : members) {
                var tile = new ServiceTile(service);
                tile.addClickListener(click -> choose(tile));
                tiles.add(tile);
                row.add(tile);
            }
            var group = new Div(heading, row);
            group.addClassName("kiosk-group");
            ComponentUtil.setData(group, LocalizedText.class, category);
            groups.add(group);
        });
        renderTiles();
    }

    private void renderTiles() {
        Locale locale = getLocale();
        groups.getChildren().forEach(group -> {
            LocalizedText category = ComponentUtil.getData(group, LocalizedText.class);
            group.getChildren().filter(H2.class::isInstance).map(H2.class::cast)
                    .forEach(heading -> heading.setText(category == null ? "" : category.in(locale)));
        });
        tiles.forEach(tile -> tile.render(locale, this::hintFor));
        tiles.forEach(tile -> tile.setEnabled(!requesting));
    }

    private String hintFor(ServiceView service) {
        Locale locale = getLocale();
        String limit = service.guide().timeLimit().in(locale);
        String fee = service.guide().fee().in(locale);
        if (limit.isBlank() && fee.isBlank()) {
            return "";
        }
        if (fee.isBlank()) {
            return getTranslation("take.hint.time-limit", limit);
        }
        if (limit.isBlank()) {
            return getTranslation("take.hint.fee", fee);
        }
        return getTranslation("take.hint", limit, fee);
    }

    /** The visitor tapped {@code tile}: ask for a ticket, unless a request is already on its way. */
    private void choose(ServiceTile tile) {
        idle.restart();
        if (requesting) {
            // A second tap that slipped through before the tiles were disabled: the first one counts.
            return;
        }
        UI ui = tile.getUI().orElseThrow();
        String service = tile.service().code();
        String key = request.keyFor(service);
        requesting = true;
        tiles.forEach(t -> t.setEnabled(false));
        // Leaving now would hide a ticket that is being issued and printed anyway.
        back.setEnabled(false);
        showStatus(new Status("take.requesting", false));
        taking.take(service, key, ui.getLocale())
                .whenComplete((issued, failure) -> ui.access(() -> finished(ui, service, issued, failure)));
    }

    private void finished(UI ui, String service, @Nullable IssuedTicket issued, @Nullable Throwable failure) {
        requesting = false;
        back.setEnabled(true);
        idle.restart();
        if (issued != null) {
            request.settled();
            ComponentUtil.setData(ui, IssuedTicket.class, issued);
            ui.navigate(TicketScreen.class, issued.ticket().id());
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        switch (cause) {
            case QueueApiException refusal -> {
                request.settled();
                String key = Refusals.keyOf(refusal);
                if (key.equals(Refusals.GENERIC)) {
                    String detail = refusal.problem().detail() != null ? refusal.problem().detail()
                            : refusal.problem().title() != null ? refusal.problem().title() : refusal.code();
                    showStatus(new Status(key, true, detail));
                } else {
                    showStatus(new Status(key, true));
                }
            }
            // No answer: a ticket may exist. The request stays open, so tapping the same service again
            // sends the same key and gets that ticket rather than a second one.
            case QueueUnavailableException unavailable -> showStatus(new Status("take.unavailable", true));
            case null, default -> {
                log.error("Taking a ticket for service {} failed unexpectedly", service, cause);
                showStatus(new Status("error.unexpected", true));
            }
        }
        tiles.forEach(t -> t.setEnabled(true));
    }

    private void showStatus(@Nullable Status next) {
        shownStatus = next;
        renderStatus();
    }

    private void renderStatus() {
        Status current = shownStatus;
        status.removeAll();
        status.setVisible(current != null);
        if (current != null) {
            status.add(new Paragraph(getTranslation(current.key(), current.params())));
            status.getElement().getClassList().set("kiosk-status-problem", current.problem());
        }
    }

    private void goHomeWhenIdle() {
        if (!requesting && idle.expired()) {
            log.debug("No tap for a while on the service choice; going home");
            getUI().ifPresent(visits::end);
        }
    }
}
