package org.openhall.queue.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.ConsultationMessageRequest;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.ConsultationView.Author;
import org.openhall.client.api.ConsultationView.Status;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.retention.VisitorDataRetention;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor asks over the API, staff answer through the desk's service, both see the same conversation. */
@QueueServiceTest
class ConsultationTest extends ApiTestBase {

    @Autowired
    Consultations consultations;

    @Autowired
    StaffDirectory staff;

    @Autowired
    VisitorDataRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationSignal signal;

    @Autowired
    ConsultationWatch watch;

    private StaffMember consultant(String name) {
        StaffMember member = TestSignIn.newMember(staff, name, StaffRole.STAFF);
        consultations.allowToConsult(member.id(), true);
        return member;
    }

    private static void assertRefused(Runnable call, int status, String code) {
        QueueApiException refused = catchThrowableOfType(QueueApiException.class, call::run);
        assertThat(refused).as("refused with %s", code).isNotNull();
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.code()).isEqualTo(code);
    }

    private static void assertRefusedHere(Runnable call, int status, String code) {
        QueueException refused = catchThrowableOfType(QueueException.class, call::run);
        assertThat(refused).as("refused with %s", code).isNotNull();
        assertThat(refused.status().value()).isEqualTo(status);
        assertThat(refused.code()).isEqualTo(code);
    }

    private long messages(String id) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM consultation_message m JOIN consultation c ON c.id = m.consultation_id
                WHERE c.public_id = ?""").param(id).query(Long.class).single();
    }

    @Test
    void aMessageAnotherInstanceWroteReachesThisInstancesPagesWithinASecond() {
        String hall = halls.create("A");
        ConsultationView asked = api.openConsultation(hall, ConsultationRequest.of("a", "Can my spouse apply for me?"));
        AtomicInteger page = new AtomicInteger();
        AtomicInteger desk = new AtomicInteger();
        Runnable stopPage = signal.listen(asked.id(), page::incrementAndGet);
        Runnable stopDesk = signal.listen("hall:" + hall, desk::incrementAndGet);
        try {
            watch.look();
            page.set(0);
            desk.set(0);
            watch.look();
            assertThat(page).as("nothing changed, nothing fired").hasValue(0);

            // Written as another instance would: the rows only, no signal on this one.
            long id = jdbc.sql("SELECT id FROM consultation WHERE public_id = ?").param(asked.id())
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO consultation_message (consultation_id, author, text, at) VALUES (?, 'VISITOR', ?, ?)""")
                    .params(id, "Written elsewhere", java.sql.Timestamp.from(clock.instant())).update();
            jdbc.sql("UPDATE consultation SET last_activity_at = ?, version = version + 1 WHERE id = ?")
                    .params(java.sql.Timestamp.from(clock.instant()), id).update();

            await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(page.get()).as("the conversation's page").isPositive();
                assertThat(desk.get()).as("the hall's desk").isPositive();
            });
            assertThat(consultations.view(asked.id()).messages()).extracting(ConsultationView.Message::text)
                    .endsWith("Written elsewhere");
            int fired = page.get();
            watch.look();
            assertThat(page).as("once per change").hasValue(fired);
        } finally {
            stopPage.run();
            stopDesk.run();
        }
    }

    @Test
    void aVisitorAsksAStaffMemberAnswersWithAGuideHandsOverAndTheOtherClosesIt() {
        String hall = halls.create("A", "B");
        StaffMember li = consultant("李咨询");
        StaffMember wang = consultant("王咨询");
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));

        ConsultationView asked = api.openConsultation(hall, ConsultationRequest.of("a",
                "请问需要带什么材料？<script>alert(1)</script>"));
        assertThat(asked.id()).matches("[A-Za-z0-9_-]{22}");
        assertThat(asked.link()).endsWith("/c/" + asked.id());
        assertThat(asked.status()).isEqualTo(Status.WAITING);
        assertThat(asked.position()).isZero();
        assertThat(asked.serviceName().en()).isEqualTo("Service A");
        // Stored and returned exactly as typed: pages show it as text.
        assertThat(asked.messages()).singleElement().satisfies(m -> {
            assertThat(m.author()).isEqualTo(Author.VISITOR);
            assertThat(m.text()).isEqualTo("请问需要带什么材料？<script>alert(1)</script>");
        });
        ConsultationView second = api.openConsultation(hall, ConsultationRequest.of("b", "How long does it take?"));
        assertThat(second.position()).isEqualTo(1);
        assertThat(consultations.desk(hall)).extracting(Consultations.DeskItem::id)
                .containsExactly(asked.id(), second.id());

        clock.set(Instant.parse("2026-03-02T01:02:00Z"));
        ConsultationView taken = consultations.claim(asked.id(), li);
        assertThat(taken.status()).isEqualTo(Status.ACTIVE);
        assertThat(taken.staff().name()).isEqualTo("李咨询");
        assertThat(api.consultation(second.id()).position()).isZero();
        assertRefusedHere(() -> consultations.reply(asked.id(), wang, "我来回答"), 409, "consultation-taken");

        consultations.reply(asked.id(), li, "您好，请看下面的指南。");
        ConsultationView guided = consultations.insertGuide(asked.id(), li, "a");
        ConsultationView.Message guide = guided.messages().getLast();
        assertThat(guide.guide()).isEqualTo("a");
        assertThat(guide.text()).startsWith("【业务A】办事指南");
        assertThat(guide.name()).isEqualTo("李咨询");

        ConsultationView visitor = api.sendToConsultation(asked.id(), new ConsultationMessageRequest("谢谢，还想问B业务"));
        assertThat(visitor.messages()).extracting(ConsultationView.Message::author)
                .containsExactly(Author.VISITOR, Author.SYSTEM, Author.STAFF, Author.STAFF, Author.VISITOR);
        assertThat(visitor.messages()).extracting(ConsultationView.Message::id).isSorted();

        ConsultationView handed = consultations.handOver(asked.id(), li, "b", "访客想了解B业务");
        assertThat(handed.status()).isEqualTo(Status.WAITING);
        assertThat(handed.service()).isEqualTo("b");
        assertThat(handed.staff()).isNull();
        assertThat(handed.messages().getLast().text()).contains("业务B").endsWith("访客想了解B业务");
        assertRefusedHere(() -> consultations.reply(asked.id(), li, "还在吗"), 409, "not-your-consultation");

        consultations.claim(asked.id(), wang);
        consultations.reply(asked.id(), wang, "B业务请到3号窗口。");
        ConsultationView closed = consultations.closeByStaff(asked.id(), wang);
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.closedBy()).isEqualTo(ConsultationView.ClosedBy.STAFF);
        long stored = messages(asked.id());
        assertRefused(() -> api.sendToConsultation(asked.id(), new ConsultationMessageRequest("还有问题")), 409,
                "consultation-closed");
        assertThat(api.closeConsultation(asked.id()).closedBy()).isEqualTo(ConsultationView.ClosedBy.STAFF);
        assertThat(messages(asked.id())).isEqualTo(stored);

        // The first answer came 2 minutes after the question: within the 3-minute target.
        Consultations.Figures figures = consultations.figures(hall);
        assertThat(figures.opened()).isEqualTo(2);
        assertThat(figures.answered()).isEqualTo(1);
        assertThat(figures.meanFirstResponse()).isEqualTo(Duration.ofMinutes(2));
        assertThat(figures.waiting()).isEqualTo(1);
        assertThat(figures.longestWait()).isEqualTo(Duration.ofMinutes(2));
        assertThat(figures.withinTarget()).isEqualTo(1);
        assertThat(figures.heldToTarget()).isEqualTo(1);
        // The managers' dashboard reads the same figures with the hall's statistics.
        assertThat(api.stats(hall).consultations()).isEqualTo(new org.openhall.client.api.HallStats.Consultations(
                1, Duration.ofMinutes(2), 2, 1, Duration.ofMinutes(2), 1, 1, Duration.ofMinutes(3)));
        clock.set(Instant.parse("2026-03-02T01:05:00Z"));
        assertThat(consultations.figures(hall).shareWithinTarget()).as("the second waited past the target")
                .isEqualTo(0.5);
    }

    @Test
    void twoStaffTakingOneConversationAtOnceExactlyOneGetsIt() throws Exception {
        String hall = halls.create("A");
        for (int round = 0; round < 5; round++) {
            ConsultationView asked = api.openConsultation(hall, ConsultationRequest.of("a", "Question " + round));
            List<StaffMember> both = List.of(consultant("甲" + round), consultant("乙" + round));
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger refused = new AtomicInteger();
            List<Future<String>> results = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                for (StaffMember member : both) {
                    results.add(threads.submit(() -> {
                        start.await();
                        try {
                            return consultations.claim(asked.id(), member).staff().name();
                        } catch (QueueException e) {
                            assertThat(e.code()).isEqualTo("consultation-taken");
                            refused.incrementAndGet();
                            return e.getMessage();
                        }
                    }));
                }
                start.countDown();
                List<String> answers = new ArrayList<>();
                for (Future<String> result : results) {
                    answers.add(result.get());
                }
                String winner = api.consultation(asked.id()).staff().name();
                assertThat(refused).hasValue(1);
                // The one refused is told who has it.
                assertThat(answers).containsExactlyInAnyOrder(winner, winner + " (" + both.stream()
                        .filter(m -> m.displayName().equals(winner)).findFirst().orElseThrow().badge()
                        + ") is answering this conversation.");
            }
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM consultation_message m JOIN consultation c ON c.id = m.consultation_id
                    WHERE c.public_id = ? AND m.author = 'SYSTEM'""").param(asked.id()).query(Long.class).single())
                    .as("one 'is answering you' message").isEqualTo(1);
        }
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        String hall = halls.create("A");
        long before = jdbc.sql("SELECT COUNT(*) FROM consultation").query(Long.class).single();
        assertRefused(() -> api.openConsultation(hall, ConsultationRequest.of("a", "   ")), 400, "invalid-consultation");
        assertRefused(() -> api.openConsultation(hall, ConsultationRequest.of("a", "问".repeat(1001))), 400,
                "invalid-consultation");
        assertRefused(() -> api.openConsultation(hall, ConsultationRequest.of("a", "bell\u0007")), 400,
                "invalid-consultation");
        assertRefused(() -> api.openConsultation(hall, ConsultationRequest.of("zz", "Which papers?")), 404,
                "unknown-service");
        assertRefused(() -> api.openConsultation(hall, new ConsultationRequest("a", "Which papers?", "nope", null)),
                404, "unknown-ticket");
        assertRefused(() -> api.openConsultation(hall, new ConsultationRequest("a", "Which papers?", null, "FAX")),
                400, "invalid-consultation");
        assertRefused(() -> api.openConsultation("no-hall", ConsultationRequest.of("a", "Which papers?")), 404,
                "unknown-hall");
        var malformed = raw("POST", "/api/halls/" + hall + "/consultations", "application/json", "{\"service\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation").query(Long.class).single()).isEqualTo(before);
        assertRefused(() -> api.consultation("no-such-conversation"), 404, "unknown-consultation");
        assertRefused(() -> api.consultation("x'y z"), 404, "unknown-consultation");

        // The question may come from a ticket's page: the ticket must be of this hall.
        TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        ConsultationView fromTicket = api.openConsultation(hall,
                new ConsultationRequest("a", "问".repeat(1000), ticket.id(), "KIOSK"));
        assertThat(fromTicket.messages().getFirst().text()).hasSize(1000);
        String id = fromTicket.id();
        assertRefused(() -> api.sendToConsultation(id, new ConsultationMessageRequest("")), 400, "invalid-message");
        assertRefused(() -> api.sendToConsultation(id, new ConsultationMessageRequest("x".repeat(1001))), 400,
                "invalid-message");
        assertThat(raw("POST", "/api/consultations/" + id + "/messages", "application/json", "[1,2").statusCode())
                .isEqualTo(400);
        assertThat(messages(id)).isEqualTo(1);

        // Too fast: the conversation takes six visitor messages a minute, in tests as in the hall.
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        for (int i = 1; i <= 5; i++) {
            api.sendToConsultation(id, new ConsultationMessageRequest("还有 " + i));
        }
        assertRefused(() -> api.sendToConsultation(id, new ConsultationMessageRequest("再问一次")), 429, "too-fast");
        assertThat(messages(id)).isEqualTo(6);
        clock.set(Instant.parse("2026-03-02T02:01:01Z"));
        api.sendToConsultation(id, new ConsultationMessageRequest("一分钟后可以了"));
        assertThat(messages(id)).isEqualTo(7);

        // Staff who are not consultants cannot take one; given the right, they can.
        StaffMember clerk = TestSignIn.newMember(staff, "普通", StaffRole.STAFF);
        assertRefusedHere(() -> consultations.claim(id, clerk), 403, "not-a-consultant");
        consultations.allowToConsult(clerk.id(), true);
        assertThat(consultations.claim(id, clerk).status()).isEqualTo(Status.ACTIVE);
        assertRefusedHere(() -> consultations.reply(id, clerk, " \n "), 400, "invalid-message");
        assertRefusedHere(() -> consultations.reply(id, clerk, "长".repeat(2001)), 400, "invalid-message");
    }

    @Test
    void anIdleConversationClosesAndRetentionDeletesItsMessagesButKeepsItsTimings() {
        String hall = halls.create("A");
        StaffMember member = consultant("赵咨询");
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        ConsultationView idle = api.openConsultation(hall, ConsultationRequest.of("a", "我的电话是13800138000"));
        ConsultationView busy = api.openConsultation(hall, ConsultationRequest.of("a", "Still there?"));
        consultations.claim(busy.id(), member);
        clock.set(Instant.parse("2026-03-02T01:29:00Z"));
        consultations.reply(busy.id(), member, "Yes.");
        clock.set(Instant.parse("2026-03-02T01:30:01Z"));
        assertThat(consultations.closeIdle()).isEqualTo(1);
        assertThat(api.consultation(idle.id()).closedBy()).isEqualTo(ConsultationView.ClosedBy.IDLE);
        assertThat(api.consultation(busy.id()).status()).isEqualTo(Status.ACTIVE);
        assertThat(consultations.closeIdle()).isZero();

        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(consultations.closeIdle()).isEqualTo(1);
        Instant opened = api.consultation(busy.id()).openedAt();

        // 31 days later the retention job deletes both conversations' messages; timings stay.
        clock.set(Instant.parse("2026-04-03T02:00:00Z"));
        assertThat(retention.purge().consultations()).isGreaterThanOrEqualTo(2);
        assertThat(messages(idle.id())).isZero();
        assertThat(messages(busy.id())).isZero();
        ConsultationView kept = api.consultation(busy.id());
        assertThat(kept.openedAt()).isEqualTo(opened);
        assertThat(kept.status()).isEqualTo(Status.CLOSED);
        assertThat(jdbc.sql("SELECT first_response_at IS NOT NULL FROM consultation WHERE public_id = ?")
                .param(busy.id()).query(Boolean.class).single()).isTrue();
        assertThat(retention.purge().consultations()).isZero();
    }
}
