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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.WindowView;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.window.WindowDesk;

/** {@code /admin/windows}: a hall's windows with what they serve; add one or change one. */
@Route(value = "admin/windows", layout = AdminLayout.class)
@PageTitle("OpenHall · Admin")
@RolesAllowed("ADMIN")
public class WindowsAdminView extends VerticalLayout implements BeforeEnterObserver {

    private final HallAdministration admin;
    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final HallChoice hallChoice;
    private final Grid<WindowView> grid = new Grid<>();
    private @Nullable Hall hall;

    public WindowsAdminView(HallAdministration admin, HallCatalog catalog, WindowDesk windows) {
        this.admin = admin;
        this.catalog = catalog;
        this.windows = windows;
        this.hallChoice = new HallChoice(catalog, h -> {
            hall = h;
            load();
        });
        setPadding(false);
        Button add = new Button(getTranslation("admin.window.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-window");
        HorizontalLayout toolbar = new HorizontalLayout(hallChoice, add);
        toolbar.setAlignItems(FlexComponent.Alignment.END);

        grid.addColumn(WindowView::number).setHeader(getTranslation("admin.window.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.label().in(getLocale())).setHeader(getTranslation("admin.window.label")).setAutoWidth(true);
        grid.addColumn(this::services).setHeader(getTranslation("admin.window.services")).setFlexGrow(1);
        grid.addColumn(w -> getTranslation(w.priorityOnly() ? "admin.window.priorityOnly"
                : w.normalOnly() ? "admin.window.normalOnly" : "admin.window.allTickets"))
                .setHeader(getTranslation("admin.window.restriction")).setAutoWidth(true);
        grid.addComponentColumn(w -> {
            Span state = new Span(getTranslation("staff.state." + w.state()));
            state.addClassNames("oh-state", "oh-state-" + w.state());
            return state;
        }).setHeader(getTranslation("admin.state")).setAutoWidth(true);
        grid.addComponentColumn(w -> {
            Button edit = new Button(getTranslation("admin.edit"), e -> open(w));
            edit.setId("edit-window-" + w.number());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setId("windows-grid");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("admin.nav.windows")), toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        hall = hallChoice.choose(event).orElse(null);
        load();
    }

    private String services(WindowView w) {
        if (hall == null) {
            return "";
        }
        String code = hall.code();
        return w.services().stream()
                .map(s -> catalog.serviceName(code, s.service()).in(getLocale()) + " × " + s.weight())
                .collect(Collectors.joining(", "));
    }

    private void open(@Nullable WindowView window) {
        if (hall == null) {
            return;
        }
        String code = hall.code();
        new WindowDialog(admin, code, catalog.services(code), windows(), window, this::load).open();
    }

    private List<WindowView> windows() {
        return hall == null ? List.of() : windows.windows(hall.code()).stream().map(w -> w.toView()).toList();
    }

    private void load() {
        grid.setItems(windows());
    }
}
