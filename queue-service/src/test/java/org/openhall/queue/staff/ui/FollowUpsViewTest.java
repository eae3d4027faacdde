package org.openhall.queue.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.TicketView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.feedback.FollowUpStatus;
import org.openhall.queue.feedback.FollowUpStatus.AppealReason;
import org.openhall.queue.feedback.FollowUps;
import org.openhall.queue.rating.Ratings;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class FollowUpsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestHalls halls;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    Ratings ratings;

    @Autowired
    FollowUps followUps;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    /** A visit rated very dissatisfied, with a comment and a contact; its follow-up's id. */
    private long badReview() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 4, Map.of("a", 1.0));
        TicketView ticket = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        desk.call(window, ticket.id());
        desk.start(ticket.id());
        desk.complete(ticket.id());
        String tracking = ratings.rate(ticket.id(), new RatingRequest(1, java.util.List.of("ATTITUDE"), "窗口人员玩手机",
                "WEB", "13700000000")).followUp();
        return jdbc.sql("SELECT id FROM follow_up WHERE tracking_number = ?").param(tracking).query(Long.class).single();
    }

    private FollowUpsView openDesk(long id) {
        FollowUpsView view = navigate("staff/follow-ups", FollowUpsView.class);
        view.open(id);
        return view;
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerTakesVerifiesRectifiesAndAnswersABadReview() {
        long id = badReview();
        StaffMember manager = TestSignIn.newMember(staff, "周经理", StaffRole.MANAGER);
        TestSignIn.as(manager);
        openDesk(id);
        Grid<FollowUps.Summary> rows = $(Grid.class).id("follow-up-rows");
        assertThat(rows.getGenericDataView().getItems().map(FollowUps.Summary::id)).contains(id);
        assertThat(text("follow-up-source")).contains("窗口人员玩手机", "A001", "4");
        assertThat(text("follow-up-source")).as("managers see the contact").contains("13700000000");

        click("follow-up-assign-me");
        $(TextArea.class).id("follow-up-note").setValue("调取录像，情况属实");
        click("follow-up-to-VERIFIED");
        $(TextArea.class).id("follow-up-note").setValue("已对当事人批评教育并通报");
        click("follow-up-to-RECTIFIED");
        assertThat($(Button.class).withId("follow-up-appeal").exists()).as("no appeal once rectified").isFalse();
        $(TextArea.class).id("follow-up-answer-text").setValue("您好，已核实并整改，感谢监督。");
        click("follow-up-answer");

        FollowUps.Detail done = followUps.detail(id);
        assertThat(done.summary().status()).isEqualTo(FollowUpStatus.ANSWERED);
        assertThat(done.summary().assigneeName()).isEqualTo("周经理");
        assertThat(done.answer()).isEqualTo("您好，已核实并整改，感谢监督。");
        assertThat(text("follow-up-history")).contains("周经理", "调取录像，情况属实", "已对当事人批评教育并通报");
        assertThat($(Button.class).withId("follow-up-to-VERIFIED").exists()).as("a closed follow-up offers nothing")
                .isFalse();
        assertThat(audit.latest(100).stream().filter(e -> manager.id() == (e.actorId() == null ? -1 : e.actorId()))
                .map(AuditEvent::action)).containsExactly(AuditAction.FOLLOW_UP_ANSWER, AuditAction.FOLLOW_UP_STATUS,
                AuditAction.FOLLOW_UP_STATUS, AuditAction.FOLLOW_UP_ASSIGN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStepWithoutItsNoteIsRefusedAndChangesNothing() {
        long id = badReview();
        StaffMember admin = TestSignIn.newMember(staff, "孙管理员", StaffRole.ADMIN);
        TestSignIn.as(admin);
        openDesk(id);
        assertThat($(Component.class).withId("follow-up-error").exists()).as("no error shown yet").isFalse();

        click("follow-up-to-VERIFIED");
        assertThat($(Component.class).id("follow-up-error").isVisible()).isTrue();
        assertThat(text("follow-up-error")).isNotBlank().doesNotContain("followups.error");
        assertThat(followUps.detail(id).summary().status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(followUps.detail(id).notes()).hasSize(1);

        // The appeal, with its reason and grounds, closes it.
        ComboBox<AppealReason> reason = $(ComboBox.class).id("follow-up-appeal-reason");
        reason.setValue(AppealReason.MISTAKEN);
        $(TextArea.class).id("follow-up-note").setValue("访客确认误点");
        click("follow-up-appeal");
        assertThat(followUps.detail(id).summary().status()).isEqualTo(FollowUpStatus.APPEALED);
        assertThat(followUps.detail(id).summary().appealReason()).isEqualTo(AppealReason.MISTAKEN);
    }
}
