package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.ui.SignedInBar;

/**
 * The frame of the administration pages: a header (back to the console, who is signed in, the
 * language switch, sign-out) and a side navigation between services, windows, hall settings, devices and
 * staff accounts.
 */
@RolesAllowed("ADMIN")
public class AdminLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public AdminLayout(CurrentStaff staff, AuthenticationContext authentication) {
        addClassNames("oh-page", "oh-admin");
        Button console = new Button(getTranslation("admin.backToConsole"),
                e -> getUI().ifPresent(ui -> ui.navigate("staff")));
        console.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        console.setId("admin-back-to-console");
        HorizontalLayout title = new HorizontalLayout(console, new H1(getTranslation("admin.title")));
        title.setAlignItems(FlexComponent.Alignment.CENTER);

        SignedInBar bar = new SignedInBar(staff, authentication);

        Div header = new Div(title, bar);
        header.addClassName("oh-header");

        SideNav nav = new SideNav();
        nav.setId("admin-nav");
        nav.addItem(new SideNavItem(getTranslation("admin.nav.services"), ServicesAdminView.class),
                new SideNavItem(getTranslation("admin.nav.windows"), WindowsAdminView.class),
                new SideNavItem(getTranslation("admin.nav.hall"), HallSettingsView.class),
                new SideNavItem(getTranslation("admin.nav.devices"), DevicesAdminView.class),
                new SideNavItem(getTranslation("admin.nav.staff"), StaffAdminView.class));
        nav.addClassName("oh-admin-nav");
        content.addClassName("oh-admin-content");
        Div body = new Div(nav, content);
        body.addClassName("oh-admin-body");
        add(header, body);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
