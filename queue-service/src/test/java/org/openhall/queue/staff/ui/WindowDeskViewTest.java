package org.openhall.queue.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import com.vaadin.flow.component.UI;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.StaffConsole;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.openhall.queue.support.TestClock;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class WindowDeskViewTest extends SpringBrowserlessTest {

    @Autowired
    TestHalls halls;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    TestClock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    StaffConsole console;

    @Autowired
    WindowDesk windows;

    @AfterEach
    void resetClock() {
        clock.reset();
        TestSignIn.signOut();
    }

    /** A new clerk, signed in and seated at the window. */
    private StaffMember seatedClerk(long window, String name) {
        StaffMember clerk = TestSignIn.newMember(staff, name, StaffRole.STAFF);
        TestSignIn.as(clerk);
        console.take(window, false);
        return clerk;
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<TicketView> queue() {
        return $(Grid.class).id("queue");
    }

    @Test
    void aClerkCallsServesAndCompletesTheNextVisitor() {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 3, Map.of("a", 1.0));
        TicketView first = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        issuing.issue(hall, IssueTicketRequest.walkIn("a"), null);
        issuing.issue(hall, IssueTicketRequest.walkIn("b"), null);
        seatedClerk(window, "王芳");

        navigate("staff/window/" + window, WindowDeskView.class);
        assertThat(queue().getGenericDataView().getItems().map(TicketView::number))
                .as("only what this window serves, in call order").containsExactly("A001", "A002");
        assertThat($(Button.class).id("complete").isEnabled()).isFalse();

        test($(Button.class).id("call-next")).click();
        assertThat(text("current-number")).isEqualTo(first.number());
        assertThat(desk.ticket(first.id()).status()).isEqualTo(TicketStatus.CALLED);
        assertThat($(Button.class).id("call-next").isEnabled()).as("one visitor at a time").isFalse();

        test($(Button.class).id("recall")).click();
        assertThat(desk.ticket(first.id()).callCount()).isEqualTo(2);
        test($(Button.class).id("start")).click();
        test($(Button.class).id("complete")).click();
        assertThat(desk.ticket(first.id()).status()).isEqualTo(TicketStatus.DONE);
        assertThat(queue().getGenericDataView().getItems().map(TicketView::number)).containsExactly("A002");
        assertThat($(Button.class).id("call-next").isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTransferNoteReachesTheClerkWhoCallsTheVisitorNext() {
        String hall = halls.create("A", "B");
        long first = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long second = windows.create(hall, 2, LocalizedText.of("窗口", "Window"), Map.of("b", 1.0), false, false);
        TicketView ticket = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        StaffMember wang = seatedClerk(first, "王芳");
        StaffMember li = seatedClerk(second, "李强");

        TestSignIn.as(wang);
        navigate("staff/window/" + first, WindowDeskView.class);
        test($(Button.class).id("call-next")).click();
        test($(Button.class).id("start")).click();
        assertThat($(Component.class).withId("current-note").exists()).isFalse();
        test($(Button.class).id("transfer")).click();
        ComboBox<ServiceWindow> target = $(ComboBox.class).id("transfer-window");
        target.setValue(target.getGenericDataView().getItems().filter(w -> w.id() == second).findFirst().orElseThrow());
        $(TextField.class).id("transfer-note").setValue("材料已核对，请直接受理");
        test($(Button.class).id("transfer-confirm")).click();
        assertThat(desk.ticket(ticket.id()).status()).isEqualTo(TicketStatus.TRANSFERRED);
        assertThat(desk.ticket(ticket.id()).targetWindowId()).isEqualTo(second);

        TestSignIn.as(li);
        navigate("staff/window/" + second, WindowDeskView.class);
        test($(Button.class).id("call-next")).click();
        assertThat(text("current-number")).isEqualTo(ticket.number());
        assertThat(text("current-note")).contains("材料已核对，请直接受理");
    }

    @Test
    void aNoShowLeavesTheWindowFreeForTheNext() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        TicketView ticket = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        seatedClerk(window, "李强");
        navigate("staff/window/" + window, WindowDeskView.class);
        test($(Button.class).id("call-next")).click();
        test($(Button.class).id("no-show")).click();
        assertThat(desk.ticket(ticket.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(text("current")).doesNotContain(ticket.number());
        assertThat($(Grid.class).withId("queue").exists()).as("no bare table header").isFalse();
        assertThat(text("queue-empty")).isNotBlank();
    }

    @Test
    void theWindowListOffersEveryWindowOfTheHall() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 42, Map.of("a", 1.0));
        TestSignIn.as(TestSignIn.newMember(staff, "张伟", StaffRole.STAFF));
        navigate(WindowChooserView.class);
        Button tile = $(Button.class).id("window-" + window);
        assertThat(tile.getElement().getTextRecursively()).contains("42");
        test(tile).click();
        assertThat(getCurrentView()).isInstanceOf(WindowDeskView.class);
    }

    @Test
    void aClerkTakesAFreeWindowAndTakesOverATakenOneOnlyAfterConfirming() {
        String hall = halls.create("A");
        long free = windows.create(hall, 1, LocalizedText.of("窗口", "Window"), Map.of("a", 1.0), false, false);
        long taken = windows.create(hall, 2, LocalizedText.of("窗口", "Window"), Map.of("a", 1.0), false, false);
        StaffMember wang = seatedClerk(taken, "王芳");
        StaffMember li = TestSignIn.newMember(staff, "李强", StaffRole.STAFF);
        TestSignIn.as(li);

        navigate("staff/window/" + free, WindowDeskView.class);
        assertThat($(Button.class).id("call-next").isEnabled()).as("not seated yet").isFalse();
        test($(Button.class).id("take-window")).click();
        assertThat(windows.window(free).clerkId()).isEqualTo(li.id());
        assertThat($(Button.class).id("call-next").isEnabled()).isTrue();
        test($(Button.class).id("close-window")).click();

        navigate("staff/window/" + taken, WindowDeskView.class);
        assertThat(text("seat-message")).contains("王芳 (" + wang.badge() + ")");
        test($(Button.class).id("take-over")).click();
        assertThat(windows.window(taken).clerkId()).as("nothing before confirming").isEqualTo(wang.id());
        test($(Button.class).id("confirm-take-over")).click();
        assertThat(windows.window(taken).clerkId()).isEqualTo(li.id());
        assertThat($(Button.class).id("call-next").isEnabled()).isTrue();
    }

    @Test
    void theFirstClerksConsoleSaysWhoTookTheWindowOverAndNoLongerActs() {
        String hall = halls.create("A");
        long window = windows.create(hall, 5, LocalizedText.of("窗口", "Window"), Map.of("a", 1.0), false, false);
        issuing.issue(hall, IssueTicketRequest.walkIn("a"), null);
        StaffMember wang = seatedClerk(window, "王芳");
        navigate("staff/window/" + window, WindowDeskView.class);
        assertThat($(Button.class).id("call-next").isEnabled()).isTrue();

        StaffMember li = TestSignIn.newMember(staff, "李强", StaffRole.STAFF);
        TestSignIn.as(li);
        console.take(window, true);
        TestSignIn.as(wang);

        ((WindowDeskView) getCurrentView()).refresh(); // what the console's polling does every few seconds
        assertThat(text("seat-message")).contains("李强 (" + li.badge() + ")").contains("taken over");
        assertThat($(Button.class).id("call-next").isEnabled()).isFalse();
        assertThatThrownBy(() -> console.callNext(window)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.getMessage()).contains("taken over by 李强"));
    }

    @Test
    void onlyManagersAndAdminsReadTheAuditTrail() {
        TestSignIn.as(TestSignIn.newMember(staff, "陈静", StaffRole.STAFF));
        navigate(WindowChooserView.class);
        assertThat($(Component.class).withId("audit-link").exists()).isFalse();
        UI.getCurrent().navigate(AuditView.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);

        TestSignIn.as(TestSignIn.newMember(staff, "赵敏", StaffRole.MANAGER));
        navigate(WindowChooserView.class);
        assertThat($(Component.class).withId("audit-link").exists()).isTrue();
        UI.getCurrent().navigate(AuditView.class);
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
    }

    @Test
    void nobodySignedInIsSentToTheSignInPage() {
        TestSignIn.signOut();
        UI.getCurrent().navigate(WindowChooserView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Autowired
    org.openhall.queue.hall.HallCatalog catalog;

    @Autowired
    org.openhall.queue.audit.AuditLog audit;

    @Test
    void theClerkChecksTheMaterialsKeepsANoteAndIsToldToInviteARatingWhenDone() {
        String hall = halls.create("A");
        catalog.addService(hall, new org.openhall.queue.hall.ServiceDefinition("m", "M",
                LocalizedText.of("居住证办理", "Residence permit"), LocalizedText.of("公安", "Police"),
                new org.openhall.client.api.ServiceView.Guide(java.util.List.of(LocalizedText.of("居民身份证", "Resident ID card"),
                        LocalizedText.of("近期免冠照片", "Recent photo")), java.util.List.of(), LocalizedText.of("", ""),
                        LocalizedText.of("", "")), null, null, false, true, 1));
        long window = halls.openWindow(hall, 1, Map.of("m", 1.0));
        TicketView ticket = issuing.issue(hall, IssueTicketRequest.walkIn("m"), null).ticket();
        StaffMember clerk = seatedClerk(window, "王芳");

        navigate("staff/window/" + window, WindowDeskView.class);
        assertThat($(Component.class).withId("material-received-0").exists()).as("no visitor, no checklist").isFalse();
        test($(Button.class).id("call-next")).click();

        assertThat(text("visit")).contains("Resident ID card", "Recent photo");
        test($(Button.class).id("material-received-0")).click();
        test($(Button.class).id("material-missing-1")).click();
        TextArea note = $(TextArea.class).id("visit-note");
        note.setValue("照片不合格，已告知 11010519491231002X 本人补交");
        test($(Button.class).id("save-note")).click();

        var visit = console.visit(window).orElseThrow();
        assertThat(visit.checklist()).extracting(i -> i.name().zh() + ":" + i.state())
                .containsExactly("居民身份证:RECEIVED", "近期免冠照片:MISSING");
        assertThat(visit.note()).as("the ID number is kept masked").contains("1101**********002X")
                .doesNotContain("11010519491231002X");
        assertThat(audit.latest(20)).filteredOn(e -> clerk.username().equals(e.actorUsername()))
                .extracting(org.openhall.queue.audit.AuditEvent::action)
                .contains(org.openhall.queue.audit.AuditAction.MATERIAL_CHECK, org.openhall.queue.audit.AuditAction.VISIT_NOTE);
        assertThat(audit.latest(20)).noneMatch(e -> e.detail() != null && e.detail().contains("照片不合格"));

        // Another clerk, not seated here, may not touch the record.
        TestSignIn.as(TestSignIn.newMember(staff, "李强", StaffRole.STAFF));
        assertThatThrownBy(() -> console.markMaterial(window, "居民身份证", org.openhall.queue.staff.VisitRecords.State.MISSING))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.code()).isEqualTo(StaffConsole.NOT_SEATED));
        TestSignIn.as(clerk);

        assertThat($(Component.class).withId("rate-prompt").exists()).as("hidden while serving").isFalse();
        test($(Button.class).id("start")).click();
        test($(Button.class).id("complete")).click();
        assertThat(desk.ticket(ticket.id()).status()).isEqualTo(TicketStatus.DONE);
        assertThat($(Component.class).withId("rate-prompt").exists()).isTrue();
        assertThat(text("rate-prompt")).contains(ticket.number());
        assertThat($(Component.class).withId("visit").exists()).as("the record goes with the visitor").isFalse();
    }
}
