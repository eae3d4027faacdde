package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;

/**
 * {@code /admin/staff}: everybody who may sign in; add an account, set a new password, deactivate
 * or reactivate one. Accounts are never deleted: the audit trail names them.
 */
@Route(value = "admin/staff", layout = AdminLayout.class)
@PageTitle("OpenHall · Admin")
@RolesAllowed("ADMIN")
public class StaffAdminView extends VerticalLayout implements BeforeEnterObserver {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final String BADGE = "[A-Za-z0-9-]{1,16}";

    private final HallAdministration admin;
    private final CurrentStaff staff;
    private final Grid<StaffMember> grid = new Grid<>();
    private final Consultations consultations;
    private Set<Long> consultants = Set.of();

    public StaffAdminView(HallAdministration admin, CurrentStaff staff, Consultations consultations) {
        this.admin = admin;
        this.staff = staff;
        this.consultations = consultations;
        setPadding(false);
        Button add = new Button(getTranslation("admin.staff.add"), e -> new AddDialog().open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-staff");

        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("admin.staff.displayName")).setAutoWidth(true);
        grid.addColumn(StaffMember::username).setHeader(getTranslation("admin.staff.username")).setAutoWidth(true);
        grid.addColumn(StaffMember::badge).setHeader(getTranslation("admin.staff.badge")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("staff.role." + m.role())).setHeader(getTranslation("admin.staff.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Span state = new Span(getTranslation(m.active() ? "admin.active" : "admin.inactive"));
            state.addClassNames("oh-state", m.active() ? "oh-state-OPEN" : "oh-state-CLOSED");
            return state;
        }).setHeader(getTranslation("admin.state")).setAutoWidth(true);
        grid.addComponentColumn(this::consultant).setHeader(getTranslation("admin.staff.consultant")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(1);
        grid.setId("staff-grid");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("admin.nav.staff")), add, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    /** Whether they answer visitors' consultations: managers and admins always, others when granted. */
    private Checkbox consultant(StaffMember member) {
        boolean always = member.role() == StaffRole.MANAGER || member.role() == StaffRole.ADMIN;
        Checkbox box = new Checkbox(always || consultants.contains(member.id()));
        box.setId("consultant-" + member.username());
        box.setAriaLabel(getTranslation("admin.staff.consultant") + " · " + member.nameAndBadge());
        box.setEnabled(!always && member.active());
        box.addValueChangeListener(e -> {
            admin.setStaffConsults(member.id(), e.getValue());
            Refusals.saved(this, getTranslation(e.getValue() ? "admin.staff.consultant.granted"
                    : "admin.staff.consultant.withdrawn", member.nameAndBadge()));
            load();
        });
        return box;
    }

    private HorizontalLayout actions(StaffMember member) {
        Button password = new Button(getTranslation("admin.staff.resetPassword"), e -> new PasswordDialog(member).open());
        password.setId("reset-password-" + member.username());
        Button toggle = new Button(getTranslation(member.active() ? "admin.deactivate" : "admin.reactivate"), e -> {
            try {
                admin.setStaffActive(member.id(), !member.active());
                Refusals.saved(this, getTranslation(member.active() ? "admin.staff.deactivated" : "admin.staff.reactivated",
                        member.nameAndBadge()));
            } catch (QueueException ex) {
                Refusals.notify(this, ex);
            }
            load();
        });
        toggle.setId((member.active() ? "deactivate-staff-" : "reactivate-staff-") + member.username());
        if (member.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        boolean me = staff.member().map(m -> m.id() == member.id()).orElse(false);
        toggle.setEnabled(!me || !member.active());
        return new HorizontalLayout(password, toggle);
    }

    private void load() {
        consultants = new HashSet<>(consultations.consultants());
        grid.setItems(admin.staffMembers());
    }

    private PasswordField passwordField(String id, String label) {
        PasswordField field = new PasswordField(getTranslation(label));
        field.setId(id);
        field.setHelperText(getTranslation("admin.staff.password.help"));
        return field;
    }

    private Binder.BindingBuilder<Account, String> password(Binder<Account> binder, PasswordField field) {
        return binder.forField(field).asRequired(getTranslation("admin.required"))
                .withValidator(v -> v.length() >= HallAdministration.MIN_PASSWORD && v.length() <= HallAdministration.MAX_PASSWORD
                        && !v.isBlank(), getTranslation("admin.staff.password.invalid"));
    }

    /** A new account: username, display name, badge, role, and its first password typed twice. */
    private final class AddDialog extends Dialog {

        private final Binder<Account> binder = new Binder<>();
        private final TextField username = new TextField(getTranslation("admin.staff.username"));
        private final TextField displayName = new TextField(getTranslation("admin.staff.displayName"));
        private final TextField badge = new TextField(getTranslation("admin.staff.badge"));
        private final Select<StaffRole> role = new Select<>();
        private final PasswordField password = passwordField("staff-password", "admin.staff.password");
        private final PasswordField repeat = passwordField("staff-password-repeat", "admin.staff.passwordRepeat");
        private final Paragraph problem = new Paragraph();

        AddDialog() {
            setHeaderTitle(getTranslation("admin.staff.add"));
            setWidth("min(40rem, 96vw)");
            setCloseOnOutsideClick(false);
            username.setId("staff-username");
            username.setHelperText(getTranslation("admin.staff.username.help"));
            displayName.setId("staff-display-name");
            badge.setId("staff-badge");
            badge.setHelperText(getTranslation("admin.staff.badge.help"));
            role.setLabel(getTranslation("admin.staff.role"));
            role.setId("staff-role");
            role.setItems(StaffRole.values());
            role.setItemLabelGenerator(r -> getTranslation("staff.role." + r));
            String required = getTranslation("admin.required");
            binder.forField(username).asRequired(required)
                    .withConverter(v -> v.strip().toLowerCase(Locale.ROOT), v -> v)
                    .withValidator(v -> v.matches(USERNAME), getTranslation("admin.staff.username.invalid"))
                    .withValidator(v -> admin.staffMembers().stream().noneMatch(m -> m.username().equals(v)),
                            getTranslation("admin.error.staff-username-taken"))
                    .bind(a -> a.username, (a, v) -> a.username = v);
            binder.forField(displayName).asRequired(required)
                    .withValidator(v -> v.strip().length() <= 100, getTranslation("admin.tooLong", 100))
                    .bind(a -> a.displayName, (a, v) -> a.displayName = v.strip());
            binder.forField(badge).asRequired(required)
                    .withConverter(String::strip, v -> v)
                    .withValidator(v -> v.matches(BADGE), getTranslation("admin.staff.badge.invalid"))
                    .withValidator(v -> admin.staffMembers().stream().noneMatch(m -> m.badge().equals(v)),
                            getTranslation("admin.error.staff-badge-taken"))
                    .bind(a -> a.badge, (a, v) -> a.badge = v);
            binder.forField(role).asRequired(required).bind(a -> a.role, (a, v) -> a.role = v);
            password(binder, password).bind(a -> a.password, (a, v) -> a.password = v);
            password(binder, repeat).withValidator(v -> v.equals(password.getValue()), getTranslation("admin.staff.password.mismatch"))
                    .bind(a -> a.password, (a, v) -> { });
            Account fresh = new Account();
            binder.readBean(fresh);
            problem.addClassName("oh-form-problem");
            problem.setVisible(false);
            problem.setId("staff-problem");
            FormLayout form = new FormLayout(username, displayName, badge, role, password, repeat);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            add(problem, form);
            Button save = new Button(getTranslation("admin.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("staff-save");
            getFooter().add(new Button(getTranslation("staff.cancel"), e -> close()), save);
        }

        private void save() {
            Account account = new Account();
            if (!binder.writeBeanIfValid(account)) {
                return;
            }
            try {
                admin.addStaff(account.username, account.displayName, account.badge, account.role, account.password);
            } catch (QueueException e) {
                switch (e.code()) {
                    case "staff-username-taken", "invalid-username" -> Refusals.onField(username, this, e);
                    case "staff-badge-taken", "invalid-badge" -> Refusals.onField(badge, this, e);
                    case "invalid-password" -> Refusals.onField(password, this, e);
                    default -> {
                        problem.setText(Refusals.message(this, e));
                        problem.setVisible(true);
                    }
                }
                return;
            }
            Refusals.saved(this, getTranslation("admin.saved"));
            close();
            load();
        }
    }

    /** Sets a new password, typed twice by the admin. */
    private final class PasswordDialog extends Dialog {

        private final Binder<Account> binder = new Binder<>();
        private final PasswordField password = passwordField("new-password", "admin.staff.newPassword");
        private final PasswordField repeat = passwordField("new-password-repeat", "admin.staff.passwordRepeat");

        PasswordDialog(StaffMember member) {
            setHeaderTitle(getTranslation("admin.staff.resetPasswordFor", member.nameAndBadge()));
            setCloseOnOutsideClick(false);
            password(binder, password).bind(a -> a.password, (a, v) -> a.password = v);
            password(binder, repeat).withValidator(v -> v.equals(password.getValue()), getTranslation("admin.staff.password.mismatch"))
                    .bind(a -> a.password, (a, v) -> { });
            binder.readBean(new Account());
            add(new FormLayout(password, repeat));
            Button save = new Button(getTranslation("admin.save"), e -> {
                Account account = new Account();
                if (!binder.writeBeanIfValid(account)) {
                    return;
                }
                try {
                    admin.resetPassword(member.id(), account.password);
                } catch (QueueException ex) {
                    Refusals.onField(password, this, ex);
                    return;
                }
                Refusals.saved(this, getTranslation("admin.staff.passwordSet", member.nameAndBadge()));
                close();
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("new-password-save");
            getFooter().add(new Button(getTranslation("staff.cancel"), e -> close()), save);
        }
    }

    /** An account as the forms hold it. */
    static final class Account {
        String username = "";
        String displayName = "";
        String badge = "";
        StaffRole role = StaffRole.STAFF;
        String password = "";
    }
}
