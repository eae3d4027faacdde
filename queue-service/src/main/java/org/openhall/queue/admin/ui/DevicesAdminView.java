package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceToken;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;

/**
 * {@code /admin/devices}: the hall's registered kiosks and boards. Registering one shows its token
 * once, to be put in the device's configuration; revoking one cuts it off at once. Revoked devices
 * stay listed, as the audit names them.
 */
@Route(value = "admin/devices", layout = AdminLayout.class)
@PageTitle("OpenHall · Admin")
@RolesAllowed("ADMIN")
public class DevicesAdminView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HallAdministration admin;
    private final HallChoice hallChoice;
    private final Grid<DeviceToken> grid = new Grid<>();
    private @Nullable Hall hall;

    public DevicesAdminView(HallAdministration admin, HallCatalog catalog) {
        this.admin = admin;
        this.hallChoice = new HallChoice(catalog, h -> {
            hall = h;
            load();
        });
        setPadding(false);
        Button register = new Button(getTranslation("admin.device.register"), e -> new RegisterDialog().open());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-device");
        HorizontalLayout toolbar = new HorizontalLayout(hallChoice, register);
        toolbar.setAlignItems(FlexComponent.Alignment.END);

        grid.addColumn(DeviceToken::name).setHeader(getTranslation("admin.device.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(d -> getTranslation("admin.device.kind." + d.role())).setHeader(getTranslation("admin.device.role"))
                .setAutoWidth(true);
        grid.addColumn(d -> time(d.createdAt()) + (d.createdBy() == null ? "" : " · " + d.createdBy()))
                .setHeader(getTranslation("admin.device.registered")).setAutoWidth(true);
        grid.addColumn(d -> d.lastUsedAt() == null ? "—" : time(d.lastUsedAt()))
                .setHeader(getTranslation("admin.device.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Span state = new Span(d.revoked()
                    ? getTranslation("admin.device.revokedAt", time(d.revokedAt()))
                    : getTranslation("admin.active"));
            state.addClassNames("oh-state", d.revoked() ? "oh-state-CLOSED" : "oh-state-OPEN");
            return state;
        }).setHeader(getTranslation("admin.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setId("devices-grid");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("admin.nav.devices")), new Paragraph(getTranslation("admin.device.explain")),
                toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        hall = hallChoice.choose(event).orElse(null);
        load();
    }

    private HorizontalLayout actions(DeviceToken device) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!device.revoked()) {
            Button revoke = new Button(getTranslation("admin.device.revoke"), e -> confirmRevoke(device));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-device-" + device.id());
            actions.add(revoke);
        }
        return actions;
    }

    private void confirmRevoke(DeviceToken device) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("admin.device.revoke.title", device.name()));
        confirm.add(new Paragraph(getTranslation("admin.device.revoke.explain")));
        Button yes = new Button(getTranslation("admin.device.revoke"), e -> {
            try {
                admin.revokeDevice(device.id());
                Refusals.saved(this, getTranslation("admin.device.revoked", device.name()));
            } catch (QueueException ex) {
                Refusals.notify(this, ex);
            }
            confirm.close();
            load();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.setId("confirm-revoke");
        confirm.getFooter().add(new Button(getTranslation("staff.cancel"), e -> confirm.close()), yes);
        confirm.open();
    }

    private void load() {
        grid.setItems(hall == null ? List.of() : admin.devices(hall.code()));
        // Widths follow the rows now shown: a revoked device's longer state, a long name.
        grid.recalculateColumnWidths();
    }

    private String time(@Nullable Instant at) {
        ZoneId zone = hall == null ? ZoneId.systemDefault() : hall.zone();
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A name and a role; on success, the token, shown this once. */
    private final class RegisterDialog extends Dialog {

        private final TextField name = new TextField(getTranslation("admin.device.name"));
        private final Select<DeviceRole> role = new Select<>();

        RegisterDialog() {
            setHeaderTitle(getTranslation("admin.device.register"));
            setWidth("min(36rem, 96vw)");
            setCloseOnOutsideClick(false);
            name.setId("device-name");
            name.setHelperText(getTranslation("admin.device.name.help"));
            name.setMaxLength(DeviceTokens.MAX_NAME);
            name.setWidthFull();
            role.setId("device-role");
            role.setLabel(getTranslation("admin.device.role"));
            role.setItems(DeviceRole.values());
            role.setItemLabelGenerator(r -> getTranslation("admin.device.role." + r));
            role.setValue(DeviceRole.KIOSK);
            add(new VerticalLayout(name, role));
            Button save = new Button(getTranslation("admin.device.register.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("device-save");
            getFooter().add(new Button(getTranslation("staff.cancel"), e -> close()), save);
        }

        private void save() {
            if (hall == null) {
                return;
            }
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("admin.required"));
                name.setInvalid(true);
                return;
            }
            DeviceTokens.Registered registered;
            try {
                registered = admin.registerDevice(hall.code(), role.getValue(), name.getValue());
            } catch (QueueException e) {
                Refusals.onField(name, this, e);
                return;
            }
            close();
            load();
            showOnce(registered);
        }
    }

    /** The new token, with the line to put in the device's configuration; it cannot be shown again. */
    private void showOnce(DeviceTokens.Registered registered) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.device.token.title", registered.device().name()));
        dialog.setWidth("min(44rem, 96vw)");
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        TextArea token = new TextArea(getTranslation("admin.device.token.config"));
        token.setId("device-token");
        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("oh-device-token");
        token.setValue("openhall.hall=" + registered.device().hall() + "\nopenhall.queue.token=" + registered.token());
        Paragraph once = new Paragraph(getTranslation("admin.device.token.once"));
        once.addClassName("oh-form-problem");
        dialog.add(once, token);
        Button copy = new Button(getTranslation("admin.device.token.copy"), e -> {
            // Selected as well, for a browser that keeps the clipboard from pages served over plain HTTP.
            token.getElement().executeJs("const t = this.inputElement; t.focus(); t.select();"
                    + " if (navigator.clipboard) { navigator.clipboard.writeText(t.value); }"
                    + " else { document.execCommand('copy'); }");
            Refusals.saved(this, getTranslation("admin.device.token.copied"));
        });
        copy.setId("device-token-copy");
        Button done = new Button(getTranslation("admin.device.token.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("device-token-done");
        dialog.getFooter().add(copy, done);
        dialog.open();
    }
}
