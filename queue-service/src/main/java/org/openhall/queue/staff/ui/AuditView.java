package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;

/** {@code /staff/audit}: managers and admins read who did what on a day, everybody's or one person's. */
@Route("staff/audit")
@PageTitle("OpenHall · Audit")
@RolesAllowed({"MANAGER", "ADMIN"})
public class AuditView extends VerticalLayout {

    static final int LIMIT = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AuditLog audit;
    private final ZoneId zone;
    private final Clock clock;
    private final DatePicker day = new DatePicker();
    private final ComboBox<StaffMember> person = new ComboBox<>();
    private final Grid<AuditEvent> rows = new Grid<>();

    public AuditView(AuditLog audit, StaffDirectory staffDirectory, HallCatalog catalog, CurrentStaff staff,
            AuthenticationContext authentication, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        // The halls of one installation share a zone in practice; the first one's decides the day.
        this.zone = catalog.halls().stream().findFirst().map(h -> h.zone()).orElse(ZoneId.of("UTC"));
        addClassName("oh-page");
        Button back = new Button(getTranslation("staff.back"), e -> getUI().ifPresent(ui -> ui.navigate(WindowChooserView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new HorizontalLayout(back, new H1(getTranslation("audit.title"))), new SignedInBar(staff, authentication));
        header.addClassName("oh-header");

        day.setLabel(getTranslation("audit.day"));
        day.setValue(LocalDate.ofInstant(clock.instant(), zone));
        day.setId("audit-day");
        person.setLabel(getTranslation("audit.person"));
        person.setItems(staffDirectory.all());
        person.setItemLabelGenerator(StaffMember::nameAndBadge);
        person.setClearButtonVisible(true);
        person.setId("audit-person");
        day.addValueChangeListener(e -> load());
        person.addValueChangeListener(e -> load());
        HorizontalLayout filters = new HorizontalLayout(day, person);
        filters.setAlignItems(FlexComponent.Alignment.END);

        rows.addColumn(e -> TIME.format(e.at().atZone(zone))).setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        rows.addColumn(e -> e.actorUsername() == null ? "" : e.actorUsername()).setHeader(getTranslation("audit.col.who"))
                .setAutoWidth(true);
        rows.addColumn(e -> e.actorRole() == null ? "" : e.actorRole()).setHeader(getTranslation("audit.col.role")).setAutoWidth(true);
        rows.addColumn(e -> e.action().name()).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        rows.addColumn(e -> e.target() == null ? "" : e.target().kind() + " " + e.target().id())
                .setHeader(getTranslation("audit.col.target")).setAutoWidth(true);
        rows.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        rows.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader(getTranslation("audit.col.from"))
                .setAutoWidth(true);
        rows.setId("audit-rows");
        add(header, filters, rows);
        load();
    }

    private void load() {
        LocalDate chosen = day.getValue() == null ? LocalDate.ofInstant(clock.instant(), zone) : day.getValue();
        StaffMember who = person.getValue();
        rows.setItems(audit.day(chosen, zone, who == null ? null : who.id(), LIMIT));
    }
}
