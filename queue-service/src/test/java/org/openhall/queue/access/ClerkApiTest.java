package org.openhall.queue.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A clerk's actions over the API: only at the window they sit at, audited like the console's; the sign-in check. */
@QueueServiceTest
class ClerkApiTest extends ApiTestBase {

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    @Test
    void aClerkCallsAndServesOverTheApiAtTheirWindowOnlyAndEveryActionIsAudited() {
        String hall = halls.create("A");
        long mine = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long theirs = halls.openWindow(hall, 2, Map.of("a", 1.0));
        var me = access.clerkAt(mine);
        access.clerkAt(theirs);
        TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        try (HttpQueueClient clerk = new HttpQueueClient(settings().withStaff(me.username(), me.password()))) {
            QueueApiException refused = catchThrowableOfType(QueueApiException.class, () -> clerk.callNext(theirs));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("not-seated-at-window");
            assertThat(api.ticket(ticket.id()).status()).as("nothing changed").isEqualTo(TicketStatus.WAITING);

            TicketView called = clerk.callNext(mine).orElseThrow();
            clerk.start(called.id());
            TicketView done = clerk.complete(called.id());

            assertThat(done.status()).isEqualTo(TicketStatus.DONE);
            assertThat(audit.latest(30)).filteredOn(e -> me.username().equals(e.actorUsername()))
                    .extracting(AuditEvent::action)
                    .contains(AuditAction.CALL_NEXT, AuditAction.START, AuditAction.COMPLETE);
            assertThat(audit.latest(30)).filteredOn(e -> me.username().equals(e.actorUsername())
                    && e.action() == AuditAction.CALL_NEXT)
                    .anySatisfy(e -> assertThat(e.detail()).startsWith("refused (not-seated-at-window)"));
        }
    }

    @Test
    void aWrongPasswordOnTheApiIsRefusedAndAChangedPasswordStopsWorkingAtOnce() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        var me = access.clerkAt(window);
        try (HttpQueueClient wrong = new HttpQueueClient(settings().withStaff(me.username(), "not-it"));
                HttpQueueClient right = new HttpQueueClient(settings().withStaff(me.username(), me.password()))) {
            QueueApiException refused = catchThrowableOfType(QueueApiException.class, () -> wrong.callNext(window));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("wrong-credentials");
            assertThat(right.callNext(window)).isEmpty();

            StaffMember member = staff.byUsername(me.username()).orElseThrow();
            staff.setPassword(member.id(), "a-new-password-1");

            QueueApiException stale = catchThrowableOfType(QueueApiException.class, () -> right.callNext(window));
            assertThat(stale.status()).as("the remembered password no longer counts").isEqualTo(401);
        }
    }

    @Test
    void anotherAppChecksAManagersPasswordThrottledAndAudited() {
        StaffMember manager = TestSignIn.newMember(staff, "赵经理", StaffRole.MANAGER);

        StaffView view = api.signIn(new StaffSignIn(manager.username(), TestSignIn.PASSWORD, "192.0.2.7"));

        assertThat(view.isManager()).isTrue();
        assertThat(view.name()).isEqualTo("赵经理");
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(e.actorUsername()).isEqualTo(manager.username());
            assertThat(e.remoteAddress()).isEqualTo("192.0.2.7");
        });
        for (int i = 0; i < 5; i++) {
            QueueApiException wrong = catchThrowableOfType(QueueApiException.class,
                    () -> api.signIn(new StaffSignIn(manager.username(), "guess", "192.0.2.8")));
            assertThat(wrong.status()).isEqualTo(401);
        }
        QueueApiException locked = catchThrowableOfType(QueueApiException.class,
                () -> api.signIn(new StaffSignIn(manager.username(), TestSignIn.PASSWORD, "192.0.2.7")));
        assertThat(locked.status()).as("locked even with the right password").isEqualTo(429);
        assertThat(locked.code()).isEqualTo("sign-in-throttled");
    }
}
