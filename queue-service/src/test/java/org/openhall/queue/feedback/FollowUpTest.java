package org.openhall.queue.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.TicketView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.feedback.FollowUpStatus.AppealReason;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@QueueServiceTest
class FollowUpTest extends ApiTestBase {

    /** Friday 27 November 2026, 10:00 in Shanghai. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T02:00:00Z");

    @Autowired
    FollowUps followUps;

    @Autowired
    HallCatalog catalog;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private String hall;
    private long window;

    private TicketView completed() {
        if (hall == null) {
            hall = halls.create("A");
            window = halls.openWindow(hall, 2, Map.of("a", 1.0));
        }
        TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        api.callNext(window);
        api.start(ticket.id());
        return api.complete(ticket.id());
    }

    @Test
    void aBadReviewOpensExactlyOneFollowUpDueFiveWorkingDaysLaterSkippingTheHallsHolidays() {
        clock.set(FRIDAY_MORNING);
        TicketView good = completed();
        TicketView bad = completed();
        TicketView veryBad = completed();
        // Monday 30 November is a holiday of this hall.
        Hall theHall = catalog.hall(hall);
        catalog.update(new Hall(theHall.code(), theHall.name(), theHall.zone(), theHall.dayStartsAt(),
                theHall.callPolicy(), theHall.enforceOpeningHours(), theHall.openingHours(),
                Set.of(LocalDate.of(2026, 11, 30))));

        assertThat(api.rate(good.id(), RatingRequest.of(3, "WINDOW")).followUp()).isNull();
        RatingView first = api.rate(bad.id(), new RatingRequest(2, List.of("ATTITUDE"), "态度不好", "WEB",
                "13800000000"));
        RatingView second = api.rate(veryBad.id(), RatingRequest.of(1, "KIOSK"));
        assertThat(first.followUp()).isEqualTo("FU-20261127-" + first.followUp().substring(12))
                .matches("FU-20261127-[0-9]{4}");
        assertThat(second.followUp()).isNotEqualTo(first.followUp()).startsWith("FU-20261127-");

        List<FollowUps.Summary> opened = followUps.list(hall, null);
        assertThat(opened).extracting(FollowUps.Summary::trackingNumber)
                .containsExactlyInAnyOrder(first.followUp(), second.followUp());
        assertThat(opened).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(f.source()).isEqualTo(FollowUps.Source.RATING);
            // Mon 30 Nov off: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7 December.
            assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(f.overdue()).isFalse();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up f JOIN rating r ON r.id = f.rating_id WHERE r.ticket_id = ?")
                .param(bad.id()).query(Long.class).single()).isEqualTo(1);

        FollowUps.Detail detail = followUps.detail(id(first.followUp()));
        assertThat(detail.rating()).isNotNull();
        assertThat(detail.rating().level()).isEqualTo(2);
        assertThat(detail.rating().reasons()).containsExactly("ATTITUDE");
        assertThat(detail.rating().comment()).isEqualTo("态度不好");
        assertThat(detail.rating().windowNumber()).isEqualTo(2);
        assertThat(detail.rating().clerk()).isNotNull();
        assertThat(detail.rating().ticketNumber()).isEqualTo(bad.number());
        assertThat(detail.contact()).isEqualTo("13800000000");

        clock.set(Instant.parse("2026-12-07T15:59:00Z")); // 23:59 on the deadline
        assertThat(followUps.list(hall, null)).noneMatch(FollowUps.Summary::overdue);
        clock.set(Instant.parse("2026-12-07T16:00:00Z")); // the next day
        assertThat(followUps.list(hall, null)).allMatch(FollowUps.Summary::overdue);
    }

    @Test
    void aManagerVerifiesRectifiesAndAnswersAndTheVisitorReadsTheAnswerWithTheTrackingNumber() {
        StaffMember manager = TestSignIn.newMember(staff, "王经理", StaffRole.MANAGER);
        StaffMember clerk = TestSignIn.newMember(staff, "李柜员", StaffRole.STAFF);
        RatingView rating = api.rate(completed().id(), RatingRequest.of(1, "WEB"));
        long id = id(rating.followUp());
        FeedbackView received = api.feedback(rating.followUp());
        assertThat(received.status()).isEqualTo("RECEIVED");
        assertThat(received.kind()).isEqualTo("RATING");
        assertThat(received.category()).isEqualTo("VERY_DISSATISFIED");

        refused(() -> followUps.assign(id, clerk.id(), actor(manager), null), "invalid-assignee");
        assertThat(followUps.assign(id, manager.id(), actor(manager), "10.0.0.7").summary().assigneeName())
                .isEqualTo("王经理");
        refused(() -> followUps.move(id, FollowUpStatus.RECTIFIED, "too soon", actor(manager), null),
                "follow-up-transition");
        refused(() -> followUps.answer(id, "too soon", actor(manager), null), "follow-up-transition");
        refused(() -> followUps.move(id, FollowUpStatus.VERIFIED, "  ", actor(manager), null), "invalid-follow-up");
        followUps.move(id, FollowUpStatus.VERIFIED, "查看录像，属实", actor(manager), null);
        assertThat(api.feedback(rating.followUp()).status()).isEqualTo("IN_PROGRESS");
        followUps.move(id, FollowUpStatus.RECTIFIED, "已对窗口人员进行批评教育", actor(manager), null);
        FollowUps.Detail answered = followUps.answer(id, "您好，已核实并整改，感谢您的监督。", actor(manager), null);

        assertThat(answered.summary().status()).isEqualTo(FollowUpStatus.ANSWERED);
        assertThat(answered.notes()).extracting(FollowUps.Note::action)
                .containsExactly("OPENED", "ASSIGNED", "VERIFIED", "RECTIFIED", "ANSWERED");
        assertThat(answered.notes().subList(1, 5)).allSatisfy(n -> assertThat(n.staff()).isEqualTo("王经理"));
        assertThat(answered.notes().get(2).note()).isEqualTo("查看录像，属实");
        FeedbackView read = api.feedback(rating.followUp());
        assertThat(read.status()).isEqualTo("ANSWERED");
        assertThat(read.answer()).isEqualTo("您好，已核实并整改，感谢您的监督。");
        refused(() -> followUps.appeal(id, AppealReason.MISTAKEN, "late", actor(manager), null), "follow-up-transition");
        refused(() -> followUps.assign(id, manager.id(), actor(manager), null), "follow-up-transition");

        List<AuditEvent> audited = audit.latest(200).stream()
                .filter(e -> e.target() != null && e.target().id().endsWith("/follow-up/" + rating.followUp()))
                .toList();
        assertThat(audited).extracting(AuditEvent::action).containsExactly(AuditAction.FOLLOW_UP_ANSWER,
                AuditAction.FOLLOW_UP_STATUS, AuditAction.FOLLOW_UP_STATUS, AuditAction.FOLLOW_UP_ASSIGN);
        assertThat(audited).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(manager.id()));
        assertThat(audited.getLast().remoteAddress()).isEqualTo("10.0.0.7");
    }

    @Test
    void anOpenOrVerifiedFollowUpMayBeAppealedWithAReasonAndIsThenClosed() {
        StaffMember admin = TestSignIn.newMember(staff, "赵管理员", StaffRole.ADMIN);
        RatingView rating = api.rate(completed().id(), RatingRequest.of(2, "WINDOW"));
        long id = id(rating.followUp());
        refused(() -> followUps.appeal(id, AppealReason.MALICIOUS, "", actor(admin), null), "invalid-follow-up");
        FollowUps.Detail appealed = followUps.appeal(id, AppealReason.MALICIOUS, "录像显示办理规范，评价人多次恶意差评",
                actor(admin), null);
        assertThat(appealed.summary().status()).isEqualTo(FollowUpStatus.APPEALED);
        assertThat(appealed.summary().appealReason()).isEqualTo(AppealReason.MALICIOUS);
        assertThat(followUps.list(hall, FollowUpStatus.APPEALED)).extracting(FollowUps.Summary::id).containsExactly(id);
        assertThat(followUps.list(hall, FollowUpStatus.OPEN)).isEmpty();
        refused(() -> followUps.move(id, FollowUpStatus.VERIFIED, "again", actor(admin), null), "follow-up-transition");
        assertThat(api.feedback(rating.followUp()).status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aComplaintOpensAFollowUpAndItsStatusAndAnswerFollow() {
        StaffMember manager = TestSignIn.newMember(staff, "钱经理", StaffRole.MANAGER);
        String hall = halls.create("A");
        FeedbackView complaint = api.submitFeedback(hall, new FeedbackRequest("COMPLAINT", "ENVIRONMENT",
                "洗手间没有纸", "someone@example.org", null));
        api.submitFeedback(hall, new FeedbackRequest("SUGGESTION", "ENVIRONMENT", "多放几把椅子", null, null));
        List<FollowUps.Summary> opened = followUps.list(hall, null);
        assertThat(opened).singleElement().satisfies(f -> assertThat(f.source()).isEqualTo(FollowUps.Source.COMPLAINT));
        long id = opened.getFirst().id();
        FollowUps.Detail detail = followUps.detail(id);
        assertThat(detail.complaint()).isEqualTo(new FollowUps.ComplaintSource(complaint.trackingNumber(),
                "ENVIRONMENT", "洗手间没有纸"));
        assertThat(detail.contact()).isEqualTo("someone@example.org");

        followUps.move(id, FollowUpStatus.VERIFIED, "属实", actor(manager), null);
        assertThat(api.feedback(complaint.trackingNumber()).status()).isEqualTo("IN_PROGRESS");
        followUps.move(id, FollowUpStatus.RECTIFIED, "已补充", actor(manager), null);
        assertThat(api.feedback(complaint.trackingNumber()).status()).isEqualTo("IN_PROGRESS");
        followUps.answer(id, "已补充并安排专人巡查。", actor(manager), null);
        FeedbackView answered = api.feedback(complaint.trackingNumber());
        assertThat(answered.status()).isEqualTo("ANSWERED");
        assertThat(answered.answer()).isEqualTo("已补充并安排专人巡查。");
        assertThat(catchThrowableOfType(QueueApiException.class, () -> api.feedback(opened.getFirst().trackingNumber()))
                .code()).isEqualTo("unknown-feedback");
    }

    @Test
    void trackingNumbersAreUniqueWhenManyBadReviewsArriveTogether() throws Exception {
        List<TicketView> tickets = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tickets.add(completed());
        }
        Set<String> numbers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (TicketView ticket : tickets) {
                threads.submit(() -> numbers.add(api.rate(ticket.id(), RatingRequest.of(1, "WEB")).followUp()));
            }
        }
        assertThat(new HashSet<>(numbers)).hasSize(6);
    }

    private long id(String trackingNumber) {
        return jdbc.sql("SELECT id FROM follow_up WHERE tracking_number = ?").param(trackingNumber)
                .query(Long.class).single();
    }

    private static AuditEvent.Actor actor(StaffMember member) {
        return new AuditEvent.Actor(member.id(), member.username(), member.role().name());
    }

    private static void refused(Runnable call, String code) {
        QueueException refusal = catchThrowableOfType(QueueException.class, call::run);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
    }
}
