package org.openhall.queue.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's actions are the seated clerk's alone, checked on the server, and audited. */
@QueueServiceTest
class StaffConsoleTest extends ApiTestBase {

    @Autowired
    StaffConsole console;

    @Autowired
    StaffDirectory staff;

    @Autowired
    WindowDesk windows;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private long closedWindow(String hall, int number) {
        return windows.create(hall, number, LocalizedText.of("窗口", "Window"), Map.of("a", 1.0), false, false);
    }

    private List<AuditEvent> auditOf(StaffMember member) {
        return audit.latest(500).stream().filter(e -> e.actorId() != null && e.actorId() == member.id()).toList();
    }

    @Test
    void aSecondClerkTakesATakenWindowOnlyAfterConfirmingAndTheFirstIsThenRefused() {
        String hall = halls.create("A");
        long window = closedWindow(hall, 3);
        issuing.issue(hall, IssueTicketRequest.walkIn("a"), null);
        StaffMember wang = TestSignIn.newMember(staff, "王芳", StaffRole.STAFF);
        StaffMember li = TestSignIn.newMember(staff, "李强", StaffRole.STAFF);

        TestSignIn.as(wang);
        assertThat(console.take(window, false).state()).isEqualTo(WindowState.OPEN);
        TicketView called = console.callNext(window).orElseThrow();

        TestSignIn.as(li);
        assertThatThrownBy(() -> console.callNext(window)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.code()).isEqualTo(StaffConsole.NOT_SEATED));
        assertThatThrownBy(() -> console.take(window, false)).isInstanceOfSatisfying(QueueException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("window-taken");
                    assertThat(e.getMessage()).contains("王芳 (" + wang.badge() + ")");
                });
        assertThat(windows.window(window).clerkId()).isEqualTo(wang.id());

        WindowView taken = console.take(window, true);
        assertThat(taken.clerk()).isEqualTo(new WindowView.Clerk("李强", li.badge()));
        assertThat(taken.state()).as("the window keeps working").isEqualTo(WindowState.OPEN);
        assertThat(desk.atWindow(window)).as("and keeps its visitor").map(TicketView::id).contains(called.id());
        console.start(window);

        TestSignIn.as(wang);
        assertThatThrownBy(() -> console.complete(window)).isInstanceOfSatisfying(QueueException.class, e -> {
            assertThat(e.code()).isEqualTo(StaffConsole.NOT_SEATED);
            assertThat(e.getMessage()).isEqualTo("Window 3 was taken over by 李强 (" + li.badge() + ").");
        });
        assertThat(desk.ticket(called.id()).status()).isEqualTo(TicketStatus.SERVING);

        TestSignIn.as(li);
        assertThat(console.complete(window).status()).isEqualTo(TicketStatus.DONE);

        assertThat(auditOf(li)).extracting(AuditEvent::action).containsSubsequence(
                AuditAction.COMPLETE, AuditAction.START, AuditAction.WINDOW_TAKE_OVER, AuditAction.WINDOW_TAKE,
                AuditAction.CALL_NEXT);
        AuditEvent takeOver = auditOf(li).stream().filter(e -> e.action() == AuditAction.WINDOW_TAKE_OVER)
                .filter(e -> e.detail() != null && !e.detail().startsWith("refused")).findFirst().orElseThrow();
        assertThat(takeOver.detail()).contains("taken over from 王芳 (" + wang.badge() + ")");
        assertThat(takeOver.target()).isEqualTo(AuditEvent.Target.window(window));
        assertThat(takeOver.hall()).isEqualTo(hall);
        assertThat(takeOver.actorUsername()).isEqualTo(li.username());
        assertThat(takeOver.actorRole()).isEqualTo("STAFF");
        AuditEvent completed = auditOf(li).getFirst();
        assertThat(completed.target()).isEqualTo(AuditEvent.Target.ticket(called.id()));
        assertThat(auditOf(wang)).extracting(AuditEvent::action, e -> e.detail() != null && e.detail().startsWith("refused"))
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.COMPLETE, true),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CALL_NEXT, false));
    }

    @Test
    void aClerkSeatedAtOneWindowMustLeaveItBeforeTakingAnother() {
        String hall = halls.create("A");
        long first = closedWindow(hall, 1);
        long second = closedWindow(hall, 2);
        StaffMember clerk = TestSignIn.newMember(staff, "张伟", StaffRole.STAFF);
        TestSignIn.as(clerk);
        console.take(first, false);
        assertThatThrownBy(() -> console.take(second, true)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.code()).isEqualTo("clerk-at-another-window"));
        console.close(first);
        assertThat(console.take(second, false).clerk()).isNotNull();
    }

    @Test
    void everyConsoleActionIsAuditedWithTheActorAndTheTicket() {
        String hall = halls.create("A");
        long window = closedWindow(hall, 1);
        long other = halls.openWindow(hall, 2, Map.of("a", 1.0));
        TicketView first = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        TicketView second = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        TicketView third = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        StaffMember manager = TestSignIn.newMember(staff, "赵敏", StaffRole.MANAGER);
        TestSignIn.as(manager);

        console.take(window, false);
        console.callNext(window);
        console.recall(window);
        console.noShow(window);
        console.requeue(window, first.id());
        console.call(window, second.id());
        console.start(window);
        console.transfer(window, new org.openhall.client.api.TransferRequest(null, other, "needs window 2"));
        console.cancel(window, third.id());
        console.pause(window, "lunch");
        console.open(window);
        console.close(window);

        List<AuditEvent> rows = auditOf(manager).reversed();
        assertThat(rows).extracting(AuditEvent::action).containsExactly(AuditAction.WINDOW_TAKE, AuditAction.CALL_NEXT,
                AuditAction.RECALL, AuditAction.NO_SHOW, AuditAction.REQUEUE, AuditAction.CALL, AuditAction.START,
                AuditAction.TRANSFER, AuditAction.CANCEL, AuditAction.WINDOW_PAUSE, AuditAction.WINDOW_OPEN,
                AuditAction.WINDOW_CLOSE);
        assertThat(rows).allSatisfy(e -> {
            assertThat(e.actorUsername()).isEqualTo(manager.username());
            assertThat(e.actorRole()).isEqualTo("MANAGER");
            assertThat(e.hall()).isEqualTo(hall);
        });
        assertThat(rows.get(2).target()).isEqualTo(AuditEvent.Target.ticket(first.id()));
        assertThat(rows.get(7).detail()).contains(second.number()).contains("needs window 2");
        assertThat(rows.get(9).detail()).contains("lunch");
    }

    @Test
    void nobodySignedInCannotAct() {
        String hall = halls.create("A");
        long window = closedWindow(hall, 1);
        assertThatThrownBy(() -> console.take(window, false)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.code()).isEqualTo("not-signed-in"));
    }

    @Test
    void aDeactivatedClerkIsRefusedAtOnce() {
        String hall = halls.create("A");
        long window = closedWindow(hall, 1);
        StaffMember clerk = TestSignIn.newMember(staff, "钱多", StaffRole.STAFF);
        TestSignIn.as(clerk);
        console.take(window, false);
        staff.setActive(clerk.id(), false);
        assertThatThrownBy(() -> console.callNext(window)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.code()).isEqualTo("not-signed-in"));
    }
}
