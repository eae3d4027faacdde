package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.Channel;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ResidentId;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One active ticket per person per service per service day, and finding a ticket by its number. */
@QueueServiceTest
class PersonRuleTest extends ApiTestBase {

    static final String ID = "11010519491231002X";
    static final String OTHER_ID = "44030619900101123" + ResidentId.checkCharacter("44030619900101123");

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsTodaysTicketByItsNumber() {
        String hall = halls.create("A");
        api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "k1");
        TicketView second = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "k2");
        TicketView found = api.ticketByNumber(hall, "A002");
        assertThat(found.id()).isEqualTo(second.id());
        assertThat(api.ticketByNumber(hall, "a002").id()).isEqualTo(second.id());
    }

    @Test
    void aNumberNotIssuedTodayIsAnUnknownTicket() {
        String hall = halls.create("A");
        api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "k1");
        assertRefused(() -> api.ticketByNumber(hall, "A002"), 404, "unknown-ticket");
        assertRefused(() -> api.ticketByNumber(hall, "not-a-number"), 404, "unknown-ticket");
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        assertRefused(() -> api.ticketByNumber(hall, "A001"), 404, "unknown-ticket");
        assertRefused(() -> api.ticketByNumber("no-such-hall", "A001"), 404, "unknown-hall");
    }

    @Test
    void refusesASecondActiveTicketOfThePersonForTheSameServiceToday() {
        String hall = halls.create("A", "B");
        api.issueTicket(hall, withId("a", ID), "first");
        assertRefused(() -> api.issueTicket(hall, withId("a", ID), "second"), 409, "duplicate-ticket");
        assertRefused(() -> api.issueTicket(hall, withId("a", ID.toLowerCase()), "third"), 409, "duplicate-ticket");
        assertThat(ticketRows(hall)).isEqualTo(1);
        api.issueTicket(hall, withId("b", ID), "other-service");
        api.issueTicket(hall, withId("a", OTHER_ID), "other-person");
        api.issueTicket(hall, IssueTicketRequest.walkIn("a"), "anonymous");
        assertThat(ticketRows(hall)).isEqualTo(4);
    }

    @Test
    void aPersonMayTakeANewTicketOnceTheFirstIsOverOrOnTheNextDay() {
        String hall = halls.create("A");
        TicketView first = api.issueTicket(hall, withId("a", ID), "first");
        api.cancel(first.id());
        TicketView second = api.issueTicket(hall, withId("a", ID), "second");
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        assertThat(api.issueTicket(hall, withId("a", ID), "next-day").id()).isNotEqualTo(second.id());
    }

    @Test
    void anInvalidIdNumberIsRefusedAndIssuesNothing() {
        String hall = halls.create("A");
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class,
                () -> api.issueTicket(hall, withId("a", "110105194912310021"), "bad"));
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.code()).isEqualTo("invalid-id-number");
        assertThat(refusal.getMessage()).contains("check character");
        assertRefused(() -> api.issueTicket(hall, withId("a", "12345"), "short"), 400, "invalid-id-number");
        assertThat(ticketRows(hall)).isZero();
    }

    @Test
    void aDoubleSubmitWithTwoIdempotencyKeysIssuesExactlyOneTicket() throws Exception {
        String hall = halls.create("A");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (String key : List.of("tap-1", "tap-2")) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return api.issueTicket(hall, withId("a", ID), key);
                    } catch (QueueApiException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(TicketView.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.equals("duplicate-ticket")).hasSize(1);
        }
        assertThat(ticketRows(hall)).isEqualTo(1);
    }

    @Test
    void theTicketKeepsOnlyTheKeyedHashOfTheIdNumber() {
        String hall = halls.create("A");
        TicketView ticket = api.issueTicket(hall, withId("a", ID), "k");
        String hash = jdbc.sql("SELECT person_hash FROM ticket WHERE public_id = ?").param(ticket.id())
                .query(String.class).single();
        assertThat(hash).hasSize(64).doesNotContain(ID).doesNotContain(ID.substring(6, 14));
    }

    static IssueTicketRequest withId(String service, String id) {
        return new IssueTicketRequest(service, Channel.WALK_IN, Priority.NORMAL, id);
    }

    private long ticketRows(String hall) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = ?").param(hall).query(Long.class).single();
    }

    static void assertRefused(Runnable call, int status, String code) {
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class, call::run);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.code()).isEqualTo(code);
    }
}
