package org.openhall.queue.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.HallApi;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@QueueServiceTest
class RatingTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    private String hall;
    private long window;

    private TicketView completed() {
        if (hall == null) {
            hall = halls.create("A");
            window = halls.openWindow(hall, 3, Map.of("a", 1.0));
        }
        TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        api.callNext(window);
        api.start(ticket.id());
        return api.complete(ticket.id());
    }

    @Test
    void recordsARatingWithTheVisitsServiceWindowAndClerkAndNeverReturnsTheContact() throws Exception {
        TicketView ticket = completed();
        RatingView rating = api.rate(ticket.id(), new RatingRequest(4, List.of("efficiency", "ATTITUDE"),
                "  快，身份证11010519491231002X  ", "window", "13800000000"));
        assertThat(rating.ticket()).isEqualTo(ticket.id());
        assertThat(rating.hall()).isEqualTo(hall);
        assertThat(rating.service()).isEqualTo("a");
        assertThat(rating.windowNumber()).isEqualTo(3);
        assertThat(rating.level()).isEqualTo(4);
        assertThat(rating.reasons()).containsExactly("ATTITUDE", "EFFICIENCY");
        assertThat(rating.comment()).isEqualTo("快，身份证1101**********002X");
        assertThat(rating.channel()).isEqualTo("WINDOW");
        assertThat(rating.followUp()).isNull();
        var row = jdbc.sql("SELECT r.clerk_id, w.clerk_id AS seated, r.contact, r.comment FROM rating r"
                + " JOIN service_window w ON w.id = r.window_id WHERE r.ticket_id = ?").param(ticket.id())
                .query().singleRow();
        assertThat(row.get("clerk_id")).isNotNull().isEqualTo(row.get("seated"));
        assertThat(row.get("contact")).isEqualTo("13800000000");
        assertThat(row.get("comment")).isEqualTo("快，身份证1101**********002X");

        TicketView other = completed();
        var response = raw("POST", "/api/tickets/" + other.id() + "/rating", "application/json",
                "{\"level\":5,\"contact\":\"someone@example.org\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"channel\":\"WEB\"").doesNotContain("someone@example.org");
    }

    @Test
    void theClerkIsTheOneWhoCompletedTheVisitNotSomeoneRefusedAfterwards() throws Exception {
        TicketView ticket = completed();
        var manager = access.manager();
        String basic = settings().withStaff(manager.username(), manager.password()).authorization().orElseThrow();
        assertThat(raw("POST", "/api/tickets/" + ticket.id() + "/complete", null, null, basic).statusCode())
                .isEqualTo(403);
        api.rate(ticket.id(), RatingRequest.of(4, "KIOSK"));
        assertThat(jdbc.sql("SELECT r.clerk_id = w.clerk_id FROM rating r JOIN service_window w ON w.id = r.window_id"
                + " WHERE r.ticket_id = ?").param(ticket.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aTicketIsRatedOnceWhateverTheChannel() {
        TicketView ticket = completed();
        api.rate(ticket.id(), RatingRequest.of(5, "WINDOW"));
        assertRefused(() -> api.rate(ticket.id(), RatingRequest.of(1, "KIOSK")), 409, "already-rated");
        assertRefused(() -> api.rate(ticket.id(), RatingRequest.of(5, "KIOSK")), 409, "already-rated");
        assertRefused(() -> api.rate(ticket.id(), RatingRequest.of(4, "WINDOW")), 409, "already-rated");
        assertThat(rows(ticket)).isEqualTo(1);
    }

    @Test
    void theSameRatingSentAgainGetsTheFirstAnswerWithItsFollowUpNumber() {
        TicketView ticket = completed();
        RatingRequest bad = new RatingRequest(1, List.of("attitude"), "柜台无人 nobody at the desk", "WEB",
                "138 0013 8000");
        RatingView first = api.rate(ticket.id(), bad);
        assertThat(first.followUp()).startsWith("FU-");
        // The visitor's phone lost the answer and sends it again, maybe twice.
        assertThat(api.rate(ticket.id(), bad)).isEqualTo(first);
        assertThat(api.rate(ticket.id(), bad)).isEqualTo(first);
        assertThat(rows(ticket)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up f JOIN rating r ON r.id = f.rating_id WHERE r.ticket_id = ?")
                .param(ticket.id()).query(Long.class).single()).isEqualTo(1);
        // Anything different is a second rating, and refused.
        assertRefused(() -> api.rate(ticket.id(), new RatingRequest(1, List.of("attitude"), "柜台无人 nobody at the desk",
                "WEB", null)), 409, "already-rated");
        assertRefused(() -> api.rate(ticket.id(), new RatingRequest(1, List.of(), "柜台无人 nobody at the desk", "WEB",
                "138 0013 8000")), 409, "already-rated");
    }

    @Test
    void twoRatingsArrivingAtOnceRecordExactlyOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            TicketView ticket = completed();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(2);
                    HallApi kiosk = new HallApi(settings(), access);
                    HallApi tablet = new HallApi(settings(), access)) {
                for (var rater : List.of(Map.entry(kiosk, "KIOSK"), Map.entry(tablet, "WINDOW"))) {
                    results.add(threads.submit(() -> {
                        start.await();
                        try {
                            rater.getKey().rate(ticket.id(), RatingRequest.of(2, rater.getValue()));
                            return 201;
                        } catch (QueueApiException e) {
                            assertThat(e.code()).isEqualTo("already-rated");
                            return e.status();
                        }
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            }
            assertThat(rows(ticket)).isEqualTo(1);
        }
    }

    @Test
    void onlyACompletedVisitIsRatedAndOnlyWithinTheRatingWindow() {
        String other = halls.create("A");
        TicketView waiting = api.issueTicket(other, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        assertRefused(() -> api.rate(waiting.id(), RatingRequest.of(5, "WEB")), 409, "not-completed");
        assertRefused(() -> api.rate("no-such-ticket", RatingRequest.of(5, "WEB")), 404, "unknown-ticket");

        clock.set(Instant.parse("2031-03-04T02:00:00Z"));
        TicketView late = completed();
        TicketView inTime = completed();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertRefused(() -> api.rate(late.id(), RatingRequest.of(5, "WEB")), 409, "rating-closed");
        clock.advance(Duration.ofSeconds(-2));
        assertThat(api.rate(inTime.id(), RatingRequest.of(5, "WEB")).level()).isEqualTo(5);
        assertThat(rows(late) + rows(waiting)).isZero();
    }

    @Test
    void refusesBadInputAndRecordsNothing() throws Exception {
        TicketView ticket = completed();
        for (RatingRequest bad : List.of(RatingRequest.of(0, "WEB"), RatingRequest.of(6, "WEB"),
                RatingRequest.of(5, "PHONE"),
                new RatingRequest(5, List.of("PRICE"), null, "WEB", null),
                new RatingRequest(5, List.of(), "字".repeat(501), "WEB", null),
                new RatingRequest(5, List.of(), null, "WEB", "x".repeat(101)))) {
            assertRefused(() -> api.rate(ticket.id(), bad), 400, "invalid-rating");
        }
        assertThat(raw("POST", "/api/tickets/" + ticket.id() + "/rating", "application/json", "{oops").statusCode())
                .isEqualTo(400);
        assertThat(raw("POST", "/api/tickets/" + ticket.id() + "/rating", "application/json", "{\"level\":\"five\"}")
                .statusCode()).isEqualTo(400);
        assertThat(rows(ticket)).isZero();
        assertThat(api.rate(ticket.id(), new RatingRequest(5, List.of("QUALITY"), "字".repeat(500), "WEB",
                "x".repeat(100))).comment()).hasSize(500);
    }

    private long rows(TicketView ticket) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE ticket_id = ?").param(ticket.id()).query(Long.class).single();
    }

    private static void assertRefused(Runnable call, int status, String code) {
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class, call::run);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.code()).isEqualTo(code);
    }
}
