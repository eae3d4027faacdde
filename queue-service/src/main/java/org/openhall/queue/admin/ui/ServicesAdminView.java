package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;

/** {@code /admin/services}: a hall's services; add one, edit one, take one out of the catalog or back in. */
@Route(value = "admin/services", layout = AdminLayout.class)
@RouteAlias(value = "admin", layout = AdminLayout.class)
@PageTitle("OpenHall · Admin")
@RolesAllowed("ADMIN")
public class ServicesAdminView extends VerticalLayout implements BeforeEnterObserver {

    private final HallAdministration admin;
    private final HallCatalog catalog;
    private final HallChoice hallChoice;
    private final Grid<ServiceDefinition> grid = new Grid<>();
    private @Nullable Hall hall;

    public ServicesAdminView(HallAdministration admin, HallCatalog catalog) {
        this.admin = admin;
        this.catalog = catalog;
        this.hallChoice = new HallChoice(catalog, h -> {
            hall = h;
            load();
        });
        setPadding(false);
        Button add = new Button(getTranslation("admin.service.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-service");
        HorizontalLayout toolbar = new HorizontalLayout(hallChoice, add);
        toolbar.setAlignItems(FlexComponent.Alignment.END);

        grid.addColumn(ServiceDefinition::prefix).setHeader(getTranslation("admin.service.prefix")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ServiceDefinition::code).setHeader(getTranslation("admin.service.code")).setAutoWidth(true);
        grid.addColumn(s -> s.name().in(getLocale())).setHeader(getTranslation("admin.service.name")).setFlexGrow(1);
        grid.addColumn(s -> s.category().in(getLocale())).setHeader(getTranslation("admin.service.category"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.dailyQuota() == null ? "—" : s.dailyQuota().toString())
                .setHeader(getTranslation("admin.service.quota")).setAutoWidth(true);
        grid.addColumn(s -> s.waitThreshold() == null ? "—" : getTranslation("admin.minutes", s.waitThreshold().toMinutes()))
                .setHeader(getTranslation("admin.service.threshold")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Span state = new Span(getTranslation(s.active() ? "admin.active" : "admin.inactive"));
            state.addClassNames("oh-state", s.active() ? "oh-state-OPEN" : "oh-state-CLOSED");
            return state;
        }).setHeader(getTranslation("admin.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setId("services-grid");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("admin.nav.services")), toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        hall = hallChoice.choose(event).orElse(null);
        load();
    }

    private HorizontalLayout actions(ServiceDefinition service) {
        Button edit = new Button(getTranslation("admin.edit"), e -> open(service));
        edit.setId("edit-service-" + service.code());
        Button toggle = new Button(getTranslation(service.active() ? "admin.deactivate" : "admin.reactivate"),
                e -> setActive(service, !service.active()));
        toggle.setId((service.active() ? "deactivate-service-" : "reactivate-service-") + service.code());
        if (service.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(edit, toggle);
    }

    private void setActive(ServiceDefinition service, boolean active) {
        if (hall == null) {
            return;
        }
        try {
            admin.setServiceActive(hall.code(), service.code(), active);
            Refusals.saved(this, getTranslation(active ? "admin.service.reactivated" : "admin.service.deactivated",
                    service.name().in(getLocale())));
        } catch (QueueException e) {
            Refusals.notify(this, e);
        }
        load();
    }

    private void open(@Nullable ServiceDefinition service) {
        if (hall == null) {
            return;
        }
        String code = hall.code();
        new ServiceDialog(admin, code, catalog.services(code), service, this::load).open();
    }

    private void load() {
        grid.setItems(hall == null ? java.util.List.of() : catalog.services(hall.code()));
    }
}
