package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.openhall.client.api.WindowView;
import org.openhall.queue.staff.ConsoleLink;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.ObjectProvider;

/** {@code /staff}: the clerk picks the window they work at. */
@Route("staff")
@PageTitle("OpenHall")
@RolesAllowed({"STAFF", "MANAGER", "ADMIN"})
public class WindowChooserView extends VerticalLayout implements BeforeEnterObserver {

    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final CurrentStaff staff;
    private final AuthenticationContext authentication;
    private final ObjectProvider<ConsoleLink> links;
    private @org.jspecify.annotations.Nullable Long me;

    public WindowChooserView(HallCatalog catalog, WindowDesk windows, CurrentStaff staff,
            AuthenticationContext authentication, ObjectProvider<ConsoleLink> links) {
        this.catalog = catalog;
        this.windows = windows;
        this.staff = staff;
        this.authentication = authentication;
        this.links = links;
        addClassName("oh-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = staff.member().map(org.openhall.queue.staff.StaffMember::id).orElse(null);
        Div header = new Div(new H1(getTranslation("app.title")), new SignedInBar(staff, authentication));
        header.addClassName("oh-header");
        add(header, new Paragraph(getTranslation("staff.choose.hint")));
        staff.member().ifPresent(member -> links.orderedStream().filter(link -> link.isFor(member)).forEach(link -> {
            Anchor anchor = new Anchor(link.path(), getTranslation(link.textKey()));
            anchor.getElement().setAttribute("router-link", true);
            anchor.setId(link.id());
            add(anchor);
        }));
        if (authentication.hasAnyRole("MANAGER", "ADMIN")) {
            RouterLink audit = new RouterLink(getTranslation("audit.title"), AuditView.class);
            audit.setId("audit-link");
            RouterLink followUps = new RouterLink(getTranslation("followups.link"), FollowUpsView.class);
            followUps.setId("follow-ups-link");
            // By its path: the reports build on this module, not the other way round.
            Anchor reports = new Anchor("staff/reports", getTranslation("reports.link"));
            reports.getElement().setAttribute("router-link", true);
            reports.setId("reports-link");
            add(audit, followUps, reports);
        }
        if (authentication.hasRole("ADMIN")) {
            // By its path: the administration module builds on this one, not the other way round.
            Button admin = new Button(getTranslation("admin.title"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate("admin/services")));
            admin.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            admin.setId("admin-link");
            header.addComponentAtIndex(1, admin);
        }
        for (Hall hall : catalog.halls()) {
            add(new Span(hall.name().in(getLocale())));
            Div grid = new Div();
            grid.addClassName("oh-window-grid");
            for (ServiceWindow window : windows.windows(hall.code())) {
                grid.add(tile(window));
            }
            add(grid);
        }
    }

    private Button tile(ServiceWindow window) {
        Span number = new Span(getTranslation("staff.window", window.number()));
        number.addClassName("oh-tile-number");
        Span label = new Span(window.toView().label().in(getLocale()));
        Span state = new Span(getTranslation("staff.state." + window.state()));
        state.addClassNames("oh-state", "oh-state-" + window.state());
        Div content = new Div(number, new Div(label), state);
        WindowView.Clerk clerk = window.toView().clerk();
        if (clerk != null) {
            boolean mine = java.util.Objects.equals(me, window.clerkId());
            Span seated = new Span(mine ? getTranslation("staff.tile.you") : clerk.name() + " (" + clerk.badge() + ")");
            seated.addClassName(mine ? "oh-tile-you" : "oh-tile-clerk");
            content.add(new Div(seated));
        }
        Button tile = new Button(content, e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(WindowDeskView.class, window.id())));
        tile.addClassName("oh-window-tile");
        tile.setId("window-" + window.id());
        return tile;
    }
}
