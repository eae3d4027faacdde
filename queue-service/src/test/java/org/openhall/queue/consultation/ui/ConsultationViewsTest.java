package org.openhall.queue.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.ConsultationView.Status;
import org.openhall.client.api.ConsultationView;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.staff.ui.WindowChooserView;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The visitor's question and conversation pages and the consultants' desk, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class ConsultationViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestHalls halls;

    @Autowired
    Consultations consultations;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private static void withQuery(String path, Map<String, String> query) {
        UI.getCurrent().navigate(path, QueryParameters.simple(query));
    }

    /** The component with the id, shown or not. */
    private static Component anyWithId(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return root;
        }
        return root.getChildren().map(child -> {
            try {
                return anyWithId(child, id);
            } catch (java.util.NoSuchElementException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    private int count(String hall) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation WHERE hall_code = ?").param(hall).query(Integer.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuestionSentFromTheAskPageOpensItsConversationShownAsText() {
        String hall = halls.create("A", "B");
        withQuery("ask/" + hall, Map.of("service", "b"));
        assertThat($(RadioButtonGroup.class).id("ask-service").getValue()).as("preselected").isEqualTo("b");

        $(TextArea.class).id("ask-question").setValue("需要带什么？<img src=x onerror=alert(1)>");
        test($(Button.class).id("ask-send")).click();

        assertThat(getCurrentView()).isInstanceOf(ConversationView.class);
        assertThat(text("consult-service")).contains("Service B");
        assertThat(text("consult-status")).contains("下一位就是您", "You are next");
        assertThat(text("consult-messages")).contains("需要带什么？<img src=x onerror=alert(1)>");
        assertThat(text("consult-link")).contains("/c/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuestionWithoutAServiceOrWithAnUnknownTicketIsRefusedInBothLanguagesAndNothingIsStored() {
        String hall = halls.create("A");
        navigate("ask/" + hall, AskView.class);
        $(TextArea.class).id("ask-question").setValue("How long does it take?");
        test($(Button.class).id("ask-send")).click();
        assertThat(text("ask-problem")).contains("请选择要咨询的业务", "Please choose what your question is about");

        withQuery("ask/" + hall, Map.of("service", "a", "ticket", "no-such-ticket"));
        $(TextArea.class).id("ask-question").setValue("How long does it take?");
        test($(Button.class).id("ask-send")).click();
        assertThat(text("ask-problem")).contains("没有找到您的排队号", "could not find your ticket");
        assertThat(getCurrentView()).isInstanceOf(AskView.class);
        assertThat(count(hall)).isZero();
    }

    @Test
    void anUnknownConversationOrHallGetsAFriendlyText() {
        navigate("c/no-such-conversation", ConversationView.class);
        assertThat(text("consult-not-found")).contains("没有找到这次咨询", "could not find this conversation");
        navigate("ask/no-such-hall", AskView.class);
        assertThat(text("ask-no-hall")).contains("没有这个办事大厅", "no such service center");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantTakingAConversationAnotherHasTakenIsToldWhoHasIt() {
        String hall = halls.create("A");
        ConsultationView asked = consultations.open(hall, org.openhall.client.api.ConsultationRequest.of("a", "在吗？"));
        StaffMember li = TestSignIn.newMember(staff, "李先接", StaffRole.STAFF);
        StaffMember wang = TestSignIn.newMember(staff, "王后到", StaffRole.STAFF);
        consultations.allowToConsult(li.id(), true);
        consultations.allowToConsult(wang.id(), true);
        TestSignIn.as(wang);
        withQuery("staff/consult", Map.of("hall", hall));
        test($(Div.class).id("consult-item-" + asked.id())).click();

        consultations.claim(asked.id(), li);
        // Clicked before the page has heard of it (its update still queued, or made on another instance
        // before the next poll):
        Button take = (Button) anyWithId(UI.getCurrent(), "consult-take");
        assertThat(take.isVisible()).isTrue();
        ComponentUtil.fireEvent(take, new ClickEvent<>(take));

        assertThat(text("consult-error")).contains(li.displayName() + " (" + li.badge() + ")");
        assertThat(text("consult-detail-status")).contains(li.displayName());
        assertThat(take.isVisible()).isFalse();
        assertThat(((Button) anyWithId(UI.getCurrent(), "consult-send")).isEnabled()).isFalse();
        assertThat(consultations.view(asked.id()).staff().badge()).isEqualTo(li.badge());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantHandsAConversationOverToAnotherServiceWithANote() {
        String hall = halls.create("A", "B");
        ConsultationView asked = consultations.open(hall, org.openhall.client.api.ConsultationRequest.of("a",
                "其实我想问 B 业务"));
        StaffMember li = TestSignIn.newMember(staff, "李转交", StaffRole.STAFF);
        consultations.allowToConsult(li.id(), true);
        TestSignIn.as(li);
        withQuery("staff/consult", Map.of("hall", hall));
        test($(Div.class).id("consult-item-" + asked.id())).click();
        test($(Button.class).id("consult-take")).click();

        test($(Button.class).id("consult-hand-over")).click();
        Select<ServiceDefinition> to = $(Select.class).id("consult-hand-over-service");
        to.setValue(to.getListDataView().getItems().filter(s -> s.code().equals("b")).findFirst().orElseThrow());
        $(TextArea.class).id("consult-hand-over-note").setValue("访客问的是 B");
        test($(Button.class).id("consult-hand-over-confirm")).click();

        ConsultationView now = consultations.view(asked.id());
        assertThat(now.status()).isEqualTo(Status.WAITING);
        assertThat(now.service()).isEqualTo("b");
        assertThat(now.messages().getLast().text()).contains("Service B", "访客问的是 B");
        assertThat(text("consult-list")).contains("Service B (1)").doesNotContain("Service A");
        assertThat(text("consult-detail")).contains("Choose a conversation");
    }

    @Test
    void anAdminGrantsAndWithdrawsConsultingOnTheStaffPage() {
        StaffMember clerk = TestSignIn.newMember(staff, "张新人", StaffRole.STAFF);
        StaffMember manager = TestSignIn.newMember(staff, "赵经理", StaffRole.MANAGER);
        TestSignIn.as(TestSignIn.newMember(staff, "管理员", StaffRole.ADMIN));
        navigate("admin/staff", Component.class);

        assertThat(consultantBox(clerk).getValue()).isFalse();
        assertThat(consultantBox(manager).getValue()).as("managers always").isTrue();
        assertThat(consultantBox(manager).isEnabled()).isFalse();

        test(consultantBox(clerk)).click();
        assertThat(consultations.mayConsult(clerk)).isTrue();
        assertThat(consultantBox(clerk).getValue()).as("shown after reload").isTrue();

        test(consultantBox(clerk)).click();
        assertThat(consultations.mayConsult(clerk)).isFalse();
        assertThat(consultantBox(clerk).getValue()).isFalse();
        // Both changes are in the audit trail, with the admin who made them.
        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE target_type = 'STAFF' AND target_id = ? AND actor_username LIKE 'p%'
                ORDER BY id""").param(Long.toString(clerk.id())).query(String.class).list())
                .containsExactly("STAFF_CONSULT_GRANT", "STAFF_CONSULT_WITHDRAW");
    }

    /** The staff page's "answers consultations" box of the member (grids render cells only on demand). */
    @SuppressWarnings("unchecked")
    private Checkbox consultantBox(StaffMember member) {
        Grid<StaffMember> grid = $(Grid.class).id("staff-grid");
        var tester = test(grid);
        int column = grid.getColumns().size() - 2;
        for (int row = 0; row < tester.size(); row++) {
            Component cell = tester.getCellComponent(row, column);
            if (cell.getId().orElse("").equals("consultant-" + member.username())) {
                return (Checkbox) cell;
            }
        }
        throw new AssertionError("No consultant box for " + member.username());
    }

    @Test
    void staffWhoDoNotConsultAreToldSoPolitely() {
        TestSignIn.as(TestSignIn.newMember(staff, "普通窗口", StaffRole.STAFF));
        navigate("staff/consult", ConsultDeskView.class);
        assertThat(text("consult-not-consultant")).contains("not one of the consultants");
    }

    @Test
    void theWindowChooserLinksToTheDeskOnlyForThoseWhoMayConsult() {
        StaffMember clerk = TestSignIn.newMember(staff, "窗口办事员", StaffRole.STAFF);
        TestSignIn.as(clerk);
        navigate("staff", WindowChooserView.class);
        assertThat($(Anchor.class).withId("consult-link").exists()).isFalse();

        consultations.allowToConsult(clerk.id(), true);
        navigate("staff", WindowChooserView.class);
        assertThat($(Anchor.class).id("consult-link").getHref()).isEqualTo("staff/consult");

        TestSignIn.as(TestSignIn.newMember(staff, "值班经理", StaffRole.MANAGER));
        navigate("staff", WindowChooserView.class);
        assertThat($(Anchor.class).withId("consult-link").exists()).as("managers always").isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantTakesAndAnswersAndTheVisitorsPageShowsTheAnswer() {
        String hall = halls.create("A");
        ConsultationView asked = consultations.open(hall, org.openhall.client.api.ConsultationRequest.of("a",
                "<script>alert(1)</script> 营业执照怎么办？"));
        StaffMember li = TestSignIn.newMember(staff, "李咨询", StaffRole.STAFF);
        consultations.allowToConsult(li.id(), true);
        TestSignIn.as(li);

        withQuery("staff/consult", Map.of("hall", hall));
        assertThat(text("consult-item-" + asked.id())).contains("<script>alert(1)</script> 营业执照怎么办？");
        test($(Div.class).id("consult-item-" + asked.id())).click();
        test($(Button.class).id("consult-take")).click();
        assertThat(text("consult-detail-status")).isNotBlank();
        $(TextArea.class).id("consult-reply").setValue("请带营业执照和身份证。");
        test($(Button.class).id("consult-send")).click();
        test($(Button.class).id("consult-insert-guide")).click();

        ConsultationView now = consultations.view(asked.id());
        assertThat(now.status()).isEqualTo(Status.ACTIVE);
        assertThat(now.messages()).extracting(ConsultationView.Message::text).contains("请带营业执照和身份证。");
        assertThat(now.messages().getLast().guide()).isEqualTo("a");
        assertThat(text("consult-desk-messages")).contains("请带营业执照和身份证。", "办事指南");

        test($(Button.class).id("consult-close")).click();
        assertThat(consultations.view(asked.id()).status()).isEqualTo(Status.CLOSED);

        TestSignIn.signOut();
        navigate("c/" + asked.id(), ConversationView.class);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(text("consult-messages")).contains("请带营业执照和身份证。");
        assertThat(text("consult-status")).contains("本次咨询已结束", "This conversation has ended");
        assertThat($(TextArea.class).id("consult-input").isEnabled()).isFalse();
    }
}
