package org.openhall.kiosk.guide.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.hall.HallNotFoundException;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.StatusLine;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.TicketAttempt;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service guide: a tab per category, a button per service, and the chosen service's required
 * materials, steps, legal time limit, fee and whether it can be pre-applied online. "Print" prints the
 * guide with the browser's print (the ticket printer prints tickets only; {@code kiosk.css} has the
 * print style), and "Take a ticket for this" takes a walk-in ticket for the service shown.
 */
@Route(value = KioskRoutes.GUIDE, layout = KioskLayout.class)
public class ServiceGuideView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServiceGuideView.class);

    private final HallDirectory directory;
    private final TicketTaking taking;
    private final TicketAttempt attempt = new TicketAttempt();

    private final Button back = new Button();
    private final H1 title = new H1();
    private final StatusLine status = new StatusLine("guide-status");
    private final Div tabs = new Div();
    private final Div serviceList = new Div();
    private final Div detail = new Div();
    private final H2 name = new H2();
    private final H3 materialsTitle = new H3();
    private final UnorderedList materials = new UnorderedList();
    private final H3 stepsTitle = new H3();
    private final OrderedList steps = new OrderedList();
    private final Div timeLimit = new Div();
    private final Div fee = new Div();
    private final Div online = new Div();
    private final Button print = new Button();
    private final Button take = new Button();

    private Map<LocalizedText, List<ServiceView>> byCategory = Map.of();
    private final List<Button> tabButtons = new ArrayList<>();
    private final List<Button> serviceButtons = new ArrayList<>();
    private @Nullable LocalizedText category;
    private @Nullable ServiceView shown;

    public ServiceGuideView(HallDirectory directory, TicketTaking taking, Visits visits) {
        this.directory = directory;
        this.taking = taking;
        addClassName("kiosk-guide-screen");

        var top = ScreenTop.of(back, title, visits);

        tabs.setId("guide-categories");
        tabs.addClassName("kiosk-guide-tabs");
        tabs.getElement().setAttribute("role", "tablist");
        serviceList.setId("guide-services");
        serviceList.addClassName("kiosk-guide-services");

        detail.setId("guide-detail");
        detail.addClassName("kiosk-guide-detail");
        name.setId("guide-name");
        materials.setId("guide-materials");
        steps.setId("guide-steps");
        timeLimit.setId("guide-time-limit");
        fee.setId("guide-fee");
        online.setId("guide-online");
        timeLimit.addClassName("kiosk-guide-fact");
        fee.addClassName("kiosk-guide-fact");
        online.addClassName("kiosk-guide-fact");
        print.setId("guide-print");
        print.addClassName("kiosk-secondary");
        print.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        take.setId("guide-take");
        take.addClassName("kiosk-primary");
        take.addClickListener(click -> takeTicket());
        var actions = new Div(print, take);
        actions.addClassName("kiosk-guide-actions");
        // The actions right under the name: a long list of materials must not push them off the screen.
        detail.add(name, actions, new Div(timeLimit, fee, online), materialsTitle, materials, stepsTitle, steps);

        var body = new Div(serviceList, detail);
        body.addClassName("kiosk-guide-body");
        add(top, status, tabs, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            directory.hall();
            var grouped = new LinkedHashMap<LocalizedText, List<ServiceView>>();
            directory.services().forEach(s -> grouped.computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s));
            byCategory = grouped;
            status.show(grouped.isEmpty() ? Sentence.problem("take.no-services") : null);
        } catch (QueueUnavailableException e) {
            log.warn("Cannot read the service guide of hall {}: {}", directory.hallCode(), e.getMessage());
            byCategory = Map.of();
            status.show(Sentence.problem("guide.unavailable"));
        } catch (QueueApiException | HallNotFoundException e) {
            log.error("The kiosk cannot read the service guide of hall {}: {}", directory.hallCode(), e.getMessage());
            byCategory = Map.of();
            status.show(Sentence.problem("home.misconfigured"));
        }
        buildTabs();
        choose(byCategory.keySet().stream().findFirst().orElse(null));
    }

    private void buildTabs() {
        tabs.removeAll();
        tabButtons.clear();
        int index = 0;
        for (LocalizedText each : byCategory.keySet()) {
            var tab = new Button();
            tab.setId("guide-category-" + index++);
            tab.addClassName("kiosk-guide-tab");
            tab.getElement().setAttribute("role", "tab");
            tab.addClickListener(click -> choose(each));
            ComponentUtil.setData(tab, LocalizedText.class, each);
            tabButtons.add(tab);
            tabs.add(tab);
        }
    }

    private void choose(@Nullable LocalizedText chosen) {
        category = chosen;
        serviceList.removeAll();
        serviceButtons.clear();
        List<ServiceView> members = chosen == null ? List.of() : byCategory.getOrDefault(chosen, List.of());
        for (ServiceView service : members) {
            var button = new Button();
            button.setId("guide-service-" + service.code());
            button.addClassName("kiosk-guide-service");
            button.addClickListener(click -> show(service));
            ComponentUtil.setData(button, ServiceView.class, service);
            serviceButtons.add(button);
            serviceList.add(button);
        }
        show(members.isEmpty() ? null : members.getFirst());
    }

    private void show(@Nullable ServiceView service) {
        shown = service;
        status.show(byCategory.isEmpty() ? status.shown() : null);
        render();
    }

    private void takeTicket() {
        ServiceView service = shown;
        if (service == null) {
            return;
        }
        UI ui = getUI().orElseThrow();
        boolean started = attempt.start(ui, service.code(), key -> taking.take(service.code(), key, ui.getLocale()),
                status::show, () -> take.setEnabled(true));
        if (started) {
            take.setEnabled(false);
            status.show(Sentence.info("take.requesting"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        Locale locale = getLocale();
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("guide.title"));
        print.setText(getTranslation("guide.print"));
        take.setText(getTranslation("guide.take"));
        materialsTitle.setText(getTranslation("guide.materials"));
        stepsTitle.setText(getTranslation("guide.steps"));
        for (Button tab : tabButtons) {
            LocalizedText text = ComponentUtil.getData(tab, LocalizedText.class);
            tab.setText(text == null ? "" : text.in(locale));
            boolean selected = text != null && text.equals(category);
            tab.getElement().getClassList().set("kiosk-selected", selected);
            tab.getElement().setAttribute("aria-selected", String.valueOf(selected));
        }
        for (Button button : serviceButtons) {
            ServiceView service = ComponentUtil.getData(button, ServiceView.class);
            if (service != null) {
                button.setText(service.prefix() + "  " + service.name().in(locale));
                button.getElement().getClassList().set("kiosk-selected", service.equals(shown));
            }
        }
        ServiceView service = shown;
        detail.setVisible(service != null);
        if (service == null) {
            return;
        }
        var guide = service.guide();
        name.setText(service.name().in(locale));
        materials.removeAll();
        if (guide.materials().isEmpty()) {
            materials.add(new ListItem(getTranslation("guide.materials.none")));
        }
        guide.materials().forEach(m -> materials.add(new ListItem(m.in(locale))));
        steps.removeAll();
        guide.steps().forEach(s -> steps.add(new ListItem(s.in(locale))));
        stepsTitle.setVisible(!guide.steps().isEmpty());
        steps.setVisible(!guide.steps().isEmpty());
        timeLimit.removeAll();
        timeLimit.add(label("guide.time-limit"), new Span(orDash(guide.timeLimit().in(locale))));
        fee.removeAll();
        fee.add(label("guide.fee"), new Span(orDash(guide.fee().in(locale))));
        online.removeAll();
        online.add(label("guide.online"), new Span(getTranslation(service.preApplicationOnline()
                ? "guide.online.yes" : "guide.online.no")));
        take.setEnabled(!attempt.running());
    }

    private Span label(String key) {
        var label = new Span(getTranslation(key));
        label.addClassName("kiosk-guide-label");
        return label;
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
