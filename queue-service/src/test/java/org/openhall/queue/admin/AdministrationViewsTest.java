package org.openhall.queue.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.WindowView;
import org.openhall.queue.admin.ui.HallSettingsView;
import org.openhall.queue.admin.ui.ServicesAdminView;
import org.openhall.queue.admin.ui.StaffAdminView;
import org.openhall.queue.admin.ui.WindowsAdminView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.staff.ui.WindowChooserView;
import org.openhall.queue.support.ConsoleBrowser;
import org.openhall.queue.support.HallAccess;
import org.openhall.queue.support.HallApi;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.window.WindowDesk;
import org.openhall.queue.window.WindowSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin configures halls through the /admin screens (browserless, against the real database and
 * the real HTTP API a kiosk reads), and nobody else may.
 */
@QueueServiceTest
class AdministrationViewsTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    @Autowired
    TestHalls halls;

    @Autowired
    HallCatalog catalog;

    @Autowired
    WindowDesk windows;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    @Autowired
    HallAdministration administration;

    @Autowired
    HallAccess access;

    HallApi api;
    StaffMember admin;

    @BeforeEach
    void signInAsAdmin() {
        api = new HallApi(QueueClientSettings.of(baseUrl()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)),
                access);
        admin = TestSignIn.newMember(staff, "管理员", StaffRole.ADMIN);
        TestSignIn.as(admin);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private <T extends Component> T field(Class<T> type, String id) {
        return $(type).id(id);
    }

    private void type(String id, String value) {
        test(field(TextField.class, id)).setValue(value);
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    /** Opens an administration page on a hall, as {@code /admin/...?hall=code} does. */
    private <T extends Component> T open(Class<T> view, String hall) {
        UI.getCurrent().navigate(view, com.vaadin.flow.router.QueryParameters.of("hall", hall));
        assertThat(getCurrentView()).isInstanceOf(view);
        return view.cast(getCurrentView());
    }

    /** Clicks a button of a grid row (grids render their rows' buttons only on demand). */
    private void clickInGrid(String gridId, String buttonId) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id(gridId);
        var tester = test(grid);
        int actions = grid.getColumns().size() - 1;
        for (int row = 0; row < tester.size(); row++) {
            Component cell = tester.getCellComponent(row, actions);
            var button = java.util.stream.Stream.concat(java.util.stream.Stream.of(cell), cell.getChildren())
                    .filter(c -> c.getId().orElse("").equals(buttonId)).findFirst();
            if (button.isPresent()) {
                test((Button) button.get()).click();
                return;
            }
        }
        throw new AssertionError("No button " + buttonId + " in grid " + gridId);
    }

    private List<AuditEvent> auditOf(StaffMember who) {
        return audit.latest(200).stream().filter(e -> e.actorId() != null && e.actorId() == who.id()).toList();
    }

    /** Fills the service dialog with a valid service. */
    private void fillService(String code, String prefix) {
        type("service-code", code);
        type("service-prefix", prefix);
        type("service-name-zh", "营业执照变更");
        type("service-name-en", "Business licence change");
        type("service-category-zh", "企业服务");
        type("service-category-en", "Business");
        field(TextArea.class, "service-materials-zh").setValue("营业执照原件\n法定代表人身份证");
        field(TextArea.class, "service-materials-en").setValue("Original business licence\nID of the legal representative");
        type("service-time-limit-zh", "3个工作日");
        type("service-time-limit-en", "3 working days");
        field(IntegerField.class, "service-quota").setValue(50);
        field(IntegerField.class, "service-threshold").setValue(45);
    }

    // ---- services ----

    @Test
    void anAdminAddsAServiceAndTheKioskCatalogListsItAtOnce() {
        open(ServicesAdminView.class, "demo");
        click("add-service");
        fillService("licence-change", "Q");
        click("service-save");

        List<ServiceView> catalogOfKiosk = api.services("demo");
        assertThat(catalogOfKiosk).filteredOn(s -> s.code().equals("licence-change")).singleElement().satisfies(s -> {
            assertThat(s.prefix()).isEqualTo("Q");
            assertThat(s.name()).isEqualTo(LocalizedText.of("营业执照变更", "Business licence change"));
            assertThat(s.dailyQuota()).isEqualTo(50);
            assertThat(s.waitThreshold()).isEqualTo(Duration.ofMinutes(45));
            assertThat(s.guide().materials()).containsExactly(
                    LocalizedText.of("营业执照原件", "Original business licence"),
                    LocalizedText.of("法定代表人身份证", "ID of the legal representative"));
        });
        assertThat(auditOf(admin)).filteredOn(e -> e.action() == AuditAction.SERVICE_ADD).singleElement()
                .satisfies(e -> {
                    assertThat(e.hall()).isEqualTo("demo");
                    assertThat(e.actorRole()).isEqualTo("ADMIN");
                    assertThat(e.detail()).contains("licence-change").contains("Q");
                });

        // Taken out of the catalog: kiosks stop offering it at once; its row stays.
        clickInGrid("services-grid", "deactivate-service-licence-change");
        assertThat(api.services("demo")).extracting(ServiceView::code).doesNotContain("licence-change");
        assertThat(catalog.findService("demo", "licence-change")).get().extracting(ServiceDefinition::active).isEqualTo(false);
        assertThat(auditOf(admin)).extracting(AuditEvent::action).contains(AuditAction.SERVICE_DEACTIVATE);
    }

    @Test
    void aDuplicatePrefixOrCodeIsRefusedWithAMessageAndNothingIsSaved() {
        String hall = halls.create("A", "B");
        open(ServicesAdminView.class, hall);
        click("add-service");
        fillService("c", "A");
        click("service-save");
        assertThat(field(TextField.class, "service-prefix").isInvalid()).isTrue();
        assertThat(field(TextField.class, "service-prefix").getErrorMessage()).isNotBlank();
        assertThat(catalog.services(hall)).extracting(ServiceDefinition::code).containsExactly("a", "b");

        fillService("a", "C");
        click("service-save");
        assertThat(field(TextField.class, "service-code").isInvalid()).isTrue();
        assertThat(field(TextField.class, "service-code").getErrorMessage()).isNotBlank();
        assertThat(catalog.services(hall)).extracting(ServiceDefinition::code).containsExactly("a", "b");

        // The server refuses as well, for a caller that skips the form (or a race the form cannot see).
        ServiceDefinition sameCode = halls.service("C", null, 0);
        ServiceDefinition samePrefix = new ServiceDefinition("d", "B", sameCode.name(), sameCode.category(),
                sameCode.guide(), null, Duration.ofMinutes(10), false, true, 0);
        assertThatThrownBy(() -> administration.addService(hall, samePrefix))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.code()).isEqualTo("service-prefix-taken"));
        ServiceDefinition duplicateCode = new ServiceDefinition("a", "D", sameCode.name(), sameCode.category(),
                sameCode.guide(), null, Duration.ofMinutes(10), false, true, 0);
        assertThatThrownBy(() -> administration.addService(hall, duplicateCode))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.code()).isEqualTo("service-code-taken"));
        assertThat(catalog.services(hall)).extracting(ServiceDefinition::code).containsExactly("a", "b");
        assertThat(auditOf(admin)).filteredOn(e -> e.action() == AuditAction.SERVICE_ADD)
                .extracting(AuditEvent::detail).anySatisfy(d -> assertThat(d).startsWith("refused (service-prefix-taken)"));

        // A prefix is unique among active services only: a retired service's letter can be reused.
        administration.setServiceActive(hall, "b", false);
        administration.addService(hall, samePrefix);
        assertThat(api.services(hall)).extracting(ServiceView::code, ServiceView::prefix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "A"), org.assertj.core.groups.Tuple.tuple("d", "B"));
        assertThatThrownBy(() -> administration.setServiceActive(hall, "b", true))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.code()).isEqualTo("service-prefix-taken"));
    }

    @Test
    void invalidServiceInputsAreRefusedNextToTheirFields() {
        String hall = halls.create("A");
        open(ServicesAdminView.class, hall);
        click("add-service");
        fillService("Bad Code", "AB");
        type("service-name-en", "");
        field(IntegerField.class, "service-quota").setValue(0);
        field(IntegerField.class, "service-threshold").setValue(601);
        click("service-save");
        for (String id : List.of("service-code", "service-prefix", "service-name-en")) {
            assertThat(field(TextField.class, id).isInvalid()).as(id).isTrue();
        }
        assertThat(field(IntegerField.class, "service-quota").isInvalid()).isTrue();
        assertThat(field(IntegerField.class, "service-threshold").isInvalid()).isTrue();
        assertThat(field(IntegerField.class, "service-threshold").getErrorMessage()).contains("600");
        assertThat(catalog.services(hall)).hasSize(1);

        // Empty quota and threshold mean none.
        fillService("ok-now", "B");
        field(IntegerField.class, "service-quota").clear();
        field(IntegerField.class, "service-threshold").clear();
        click("service-save");
        ServiceDefinition saved = catalog.findService(hall, "ok-now").orElseThrow();
        assertThat(saved.dailyQuota()).isNull();
        assertThat(saved.waitThreshold()).isNull();
    }

    @Test
    void editingAServiceKeepsItsCodeAndAuditsWhatChanged() {
        String hall = halls.create("A");
        open(ServicesAdminView.class, hall);
        clickInGrid("services-grid", "edit-service-a");
        assertThat(field(TextField.class, "service-code").isReadOnly()).isTrue();
        type("service-name-en", "Renamed service");
        field(IntegerField.class, "service-quota").setValue(120);
        click("service-save");
        ServiceDefinition saved = catalog.findService(hall, "a").orElseThrow();
        assertThat(saved.name().en()).isEqualTo("Renamed service");
        assertThat(saved.dailyQuota()).isEqualTo(120);
        assertThat(auditOf(admin)).filteredOn(e -> e.action() == AuditAction.SERVICE_EDIT).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("name.en: 'Service A' → 'Renamed service'")
                        .contains("dailyQuota: none → 120"));
    }

    // ---- windows ----

    @Test
    void editingAWindowsServicesChangesItsWindowView() {
        String hall = halls.create("A", "B", "C");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        open(WindowsAdminView.class, hall);
        clickInGrid("windows-grid", "edit-window-1");
        field(Checkbox.class, "serves-b").setValue(true);
        field(NumberField.class, "weight-b").setValue(0.5);
        field(Checkbox.class, "serves-a").setValue(false);
        field(RadioButtonGroup.class, "window-restriction").setValue("priority");
        type("window-label-en", "Tax and more");
        click("window-save");

        WindowView view = windows.window(window).toView();
        assertThat(view.services()).containsExactly(new WindowView.WindowService("b", 0.5));
        assertThat(view.priorityOnly()).isTrue();
        assertThat(view.label().en()).isEqualTo("Tax and more");
        assertThat(api.windows(hall)).singleElement().satisfies(w -> {
            assertThat(w.serves("b")).isTrue();
            assertThat(w.serves("a")).isFalse();
        });
        assertThat(auditOf(admin)).filteredOn(e -> e.action() == AuditAction.WINDOW_EDIT).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("services: '[a=1.0]' → '[b=0.5]'"));
    }

    @Test
    void invalidWindowInputsAreRefusedAndNothingChanges() {
        String hall = halls.create("A", "B");
        long one = halls.openWindow(hall, 1, Map.of("a", 1.0));
        halls.openWindow(hall, 2, Map.of("b", 1.0));
        open(WindowsAdminView.class, hall);
        clickInGrid("windows-grid", "edit-window-1");
        field(IntegerField.class, "window-number").setValue(2);
        click("window-save");
        assertThat(field(IntegerField.class, "window-number").isInvalid()).as("number taken").isTrue();
        field(IntegerField.class, "window-number").setValue(1000);
        click("window-save");
        assertThat(field(IntegerField.class, "window-number").isInvalid()).as("number too large").isTrue();
        field(IntegerField.class, "window-number").setValue(1);
        field(NumberField.class, "weight-a").setValue(1.5);
        click("window-save");
        assertThat(field(NumberField.class, "weight-a").isInvalid()).as("weight above 1.0").isTrue();
        field(NumberField.class, "weight-a").setValue(1.0);
        field(Checkbox.class, "serves-a").setValue(false);
        click("window-save");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("window-services-problem").getText()).isNotBlank();
        assertThat(windows.window(one).toView().services()).containsExactly(new WindowView.WindowService("a", 1.0));
        assertThat(windows.window(one).number()).isEqualTo(1);

        assertThatThrownBy(() -> administration.addWindow(hall, new WindowSettings(3, LocalizedText.of("", ""),
                Map.of("a", 1.0), true, true))).isInstanceOfSatisfying(QueueException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid-window"));
        assertThatThrownBy(() -> administration.addWindow(hall, new WindowSettings(2, LocalizedText.of("", ""),
                Map.of("a", 1.0), false, false))).isInstanceOfSatisfying(QueueException.class,
                        e -> assertThat(e.code()).isEqualTo("window-number-taken"));
        assertThat(windows.windows(hall)).hasSize(2);
    }

    @Test
    void anAdminAddsAWindow() {
        String hall = halls.create("A", "B");
        open(WindowsAdminView.class, hall);
        click("add-window");
        field(IntegerField.class, "window-number").setValue(12);
        type("window-label-zh", "综合窗口");
        field(Checkbox.class, "serves-a").setValue(true);
        field(NumberField.class, "weight-a").setValue(1.0);
        field(Checkbox.class, "serves-b").setValue(true);
        field(NumberField.class, "weight-b").setValue(0.3);
        click("window-save");
        assertThat(api.windows(hall)).singleElement().satisfies(w -> {
            assertThat(w.number()).isEqualTo(12);
            assertThat(w.services()).containsExactlyInAnyOrder(new WindowView.WindowService("a", 1.0),
                    new WindowView.WindowService("b", 0.3));
        });
        assertThat(auditOf(admin)).extracting(AuditEvent::action).contains(AuditAction.WINDOW_ADD);
    }

    // ---- hall settings ----

    @Test
    void anAdminChangesTheHallsZoneHoursAndHolidays() {
        String hall = halls.create("A");
        open(HallSettingsView.class, hall);
        type("hall-name-en", "East hall");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = field(ComboBox.class, "hall-zone");
        zone.setValue("Europe/Berlin");
        click("hall-add-period");
        periodRow(0, DayOfWeek.MONDAY, "08:30", "12:00");
        click("hall-add-period");
        periodRow(1, DayOfWeek.MONDAY, "13:00", "17:30");
        field(com.vaadin.flow.component.datepicker.DatePicker.class, "hall-holiday").setValue(LocalDate.of(2026, 10, 1));
        click("hall-add-holiday");
        click("hall-save");

        Hall saved = catalog.hall(hall);
        assertThat(saved.name().en()).isEqualTo("East hall");
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(saved.openingHours()).containsExactly(
                new Hall.OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new Hall.OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 30)));
        assertThat(saved.holidays()).containsExactly(LocalDate.of(2026, 10, 1));
        assertThat(api.halls()).filteredOn(h -> h.code().equals(hall)).singleElement()
                .satisfies(h -> assertThat(h.timeZone()).isEqualTo("Europe/Berlin"));
        assertThat(auditOf(admin)).filteredOn(e -> e.action() == AuditAction.HALL_EDIT).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("zone: 'Asia/Shanghai' → 'Europe/Berlin'"));
    }

    @SuppressWarnings("unchecked")
    private void periodRow(int index, DayOfWeek day, String opens, String closes) {
        ((Select<DayOfWeek>) field(Select.class, "period-day-" + index)).setValue(day);
        field(TimePicker.class, "period-opens-" + index).setValue(LocalTime.parse(opens));
        field(TimePicker.class, "period-closes-" + index).setValue(LocalTime.parse(closes));
    }

    @Test
    void invalidHallSettingsAreRefusedAndNothingIsSaved() {
        String hall = halls.create("A");
        Hall before = catalog.hall(hall);
        open(HallSettingsView.class, hall);
        click("hall-add-period");
        periodRow(0, DayOfWeek.TUESDAY, "12:00", "09:00");
        click("hall-save");
        assertThat(field(TimePicker.class, "period-closes-0").isInvalid()).as("closes before it opens").isTrue();

        periodRow(0, DayOfWeek.TUESDAY, "09:00", "12:00");
        click("hall-add-period");
        periodRow(1, DayOfWeek.TUESDAY, "11:00", "14:00");
        click("hall-save");
        assertThat(field(TimePicker.class, "period-opens-1").isInvalid()).as("overlaps the first").isTrue();

        periodRow(1, DayOfWeek.TUESDAY, "13:00", "14:00");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = field(ComboBox.class, "hall-zone");
        zone.setValue("Mars/Olympus_Mons");
        type("hall-name-zh", "");
        click("hall-save");
        assertThat(zone.isInvalid()).as("unknown zone").isTrue();
        assertThat(field(TextField.class, "hall-name-zh").isInvalid()).isTrue();
        assertThat(catalog.hall(hall)).isEqualTo(before);
    }

    // ---- staff accounts ----

    @Test
    void anAdminCreatesAnAccountThatSignsInAndStopsSigningInOnceDeactivated() throws Exception {
        String username = "clerk" + System.nanoTime() % 1_000_000;
        navigate(StaffAdminView.class);
        click("add-staff");
        type("staff-username", username);
        type("staff-display-name", "钱芳");
        type("staff-badge", "X" + username.substring(5));
        @SuppressWarnings("unchecked")
        Select<StaffRole> role = field(Select.class, "staff-role");
        role.setValue(StaffRole.STAFF);
        test(field(PasswordField.class, "staff-password")).setValue("first-pass-1");
        test(field(PasswordField.class, "staff-password-repeat")).setValue("first-pass-1");
        click("staff-save");

        StaffMember created = staff.byUsername(username).orElseThrow();
        assertThat(created.role()).isEqualTo(StaffRole.STAFF);
        assertThat(ConsoleBrowser.location(new ConsoleBrowser(baseUrl()).signIn(username, "first-pass-1"))).endsWith("/staff");

        clickInGrid("staff-grid", "reset-password-" + username);
        test(field(PasswordField.class, "new-password")).setValue("second-pass-2");
        test(field(PasswordField.class, "new-password-repeat")).setValue("second-pass-2");
        click("new-password-save");
        assertThat(ConsoleBrowser.location(new ConsoleBrowser(baseUrl()).signIn(username, "first-pass-1"))).endsWith("/login?error");
        assertThat(ConsoleBrowser.location(new ConsoleBrowser(baseUrl()).signIn(username, "second-pass-2"))).endsWith("/staff");

        clickInGrid("staff-grid", "deactivate-staff-" + username);
        assertThat(staff.byUsername(username).orElseThrow().active()).isFalse();
        HttpResponse<String> refused = new ConsoleBrowser(baseUrl()).signIn(username, "second-pass-2");
        assertThat(ConsoleBrowser.location(refused)).endsWith("/login?error");

        assertThat(auditOf(admin)).filteredOn(e -> e.target() != null && e.target().id().equals(Long.toString(created.id())))
                .extracting(AuditEvent::action)
                .contains(AuditAction.STAFF_ADD, AuditAction.STAFF_PASSWORD_RESET, AuditAction.STAFF_DEACTIVATE);
        assertThat(auditOf(admin)).extracting(AuditEvent::detail).noneMatch(d -> d != null && d.contains("pass-"));
    }

    @Test
    void invalidOrDuplicateAccountsAreRefused() {
        StaffMember existing = TestSignIn.newMember(staff, "孙丽", StaffRole.STAFF);
        int before = staff.all().size();
        navigate(StaffAdminView.class);
        click("add-staff");
        type("staff-username", existing.username());
        type("staff-display-name", "另一人");
        type("staff-badge", existing.badge());
        test(field(PasswordField.class, "staff-password")).setValue("short");
        test(field(PasswordField.class, "staff-password-repeat")).setValue("other");
        click("staff-save");
        assertThat(field(TextField.class, "staff-username").isInvalid()).isTrue();
        assertThat(field(TextField.class, "staff-badge").isInvalid()).isTrue();
        assertThat(field(PasswordField.class, "staff-password").isInvalid()).isTrue();
        assertThat(field(PasswordField.class, "staff-password-repeat").isInvalid()).isTrue();
        assertThat(staff.all()).hasSize(before);

        assertThatThrownBy(() -> administration.addStaff(existing.username(), "x", "ZZ" + existing.id(), StaffRole.STAFF,
                "long-enough-1")).isInstanceOfSatisfying(QueueException.class,
                        e -> assertThat(e.code()).isEqualTo("staff-username-taken"));
        assertThatThrownBy(() -> administration.setStaffActive(admin.id(), false)).isInstanceOfSatisfying(
                QueueException.class, e -> assertThat(e.code()).isEqualTo("own-account"));
        assertThat(staff.all()).hasSize(before);
    }

    // ---- who may ----

    @Test
    void clerksAndManagersCannotOpenAdministration() {
        for (StaffRole role : List.of(StaffRole.STAFF, StaffRole.MANAGER)) {
            StaffMember member = TestSignIn.newMember(staff, "无权限", role);
            TestSignIn.as(member);
            navigate(WindowChooserView.class);
            assertThat($(Component.class).withId("admin-link").exists()).as(role.name()).isFalse();
            for (Class<? extends Component> view : List.of(ServicesAdminView.class, WindowsAdminView.class,
                    HallSettingsView.class, StaffAdminView.class)) {
                UI.getCurrent().navigate(view);
                assertThat(getCurrentView()).as(role + " at " + view.getSimpleName()).isNotInstanceOf(view);
            }
            assertThatThrownBy(() -> administration.addWindow("demo", new WindowSettings(99, LocalizedText.of("", ""),
                    Map.of("enquiry", 1.0), false, false))).as(role.name()).isInstanceOfSatisfying(QueueException.class,
                            e -> assertThat(e.code()).isEqualTo("admin-only"));
        }
        assertThat(windows.windows("demo")).noneMatch(w -> w.number() == 99);

        TestSignIn.as(admin);
        navigate(WindowChooserView.class);
        click("admin-link");
        assertThat(getCurrentView()).isInstanceOf(ServicesAdminView.class);
    }
}
