package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.checkin.CheckIns;
import org.openhall.queue.checkin.PortalNotices;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.window.WindowDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@QueueServiceTest
class WaitEstimateTest extends ApiTestBase {

    private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z"); // 09:00 in Shanghai
    private static final LocalDate DAY = LocalDate.ofInstant(NINE, ZoneId.of("Asia/Shanghai"));

    @Autowired
    EstimateAccuracy accuracy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HallWaits waits;

    @Autowired
    TicketRepository tickets;

    @Autowired
    WindowDesk windows;

    @Autowired
    TicketDesk desk;

    @Autowired
    EventLog events;

    @Autowired
    CheckIns checkIns;

    @Autowired
    WaitsRefresh refresh;

    private TicketView issue(String hall, String service) {
        return api.issueTicket(hall, IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
    }

    private long recordedSeconds(TicketView ticket) {
        return jdbc.sql("SELECT e.estimated_seconds FROM wait_estimate e JOIN ticket t ON t.id = e.ticket_id"
                + " WHERE t.public_id = ?").param(ticket.id()).query(Long.class).single();
    }

    @Test
    void eachIssuedTicketRecordsItsEstimateAndTheDayShowsHowFarOffTheyWere() {
        clock.set(NINE);
        String hall = halls.create("A", "B");
        long windowA = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long windowB = halls.openWindow(hall, 2, Map.of("b", 1.0));

        // A hall without history takes a visit to last five minutes.
        TicketView a1 = issue(hall, "a");
        TicketView a2 = issue(hall, "a");
        TicketView b1 = issue(hall, "b");
        assertThat(a1.estimatedWait()).as("an idle window calls at once").isEqualTo(Duration.ZERO);
        assertThat(a2.estimatedWait()).isEqualTo(Duration.ofMinutes(5));
        assertThat(b1.estimatedWait()).isEqualTo(Duration.ZERO);
        assertThat(recordedSeconds(a1)).isZero();
        assertThat(recordedSeconds(a2)).isEqualTo(300);
        assertThat(recordedSeconds(b1)).isZero();

        HallSnapshot snapshot = api.snapshot(hall);
        assertThat(snapshot.waiting()).filteredOn(q -> q.service().equals("a")).singleElement()
                .satisfies(q -> assertThat(q.estimatedWait()).as("a visitor taking an A ticket now")
                        .isEqualTo(Duration.ofMinutes(10)));

        clock.set(NINE.plus(Duration.ofMinutes(1)));
        assertThat(api.callNext(windowB).orElseThrow().id()).isEqualTo(b1.id()); // waited 1 min, told 0: off by 1
        clock.set(NINE.plus(Duration.ofMinutes(3)));
        assertThat(api.callNext(windowA).orElseThrow().id()).isEqualTo(a1.id()); // waited 3 min, told 0: off by 3
        api.start(a1.id());
        clock.set(NINE.plus(Duration.ofMinutes(9)));
        api.complete(a1.id());
        assertThat(api.callNext(windowA).orElseThrow().id()).isEqualTo(a2.id()); // waited 9 min, told 5: off by 4
        TicketView a3 = issue(hall, "a"); // not called yet: not counted

        EstimateAccuracy.PeriodAccuracy day = accuracy.of(hall, DAY);

        assertThat(a3.estimatedWait()).isNotNull();
        assertThat(day.all().tickets()).isEqualTo(3);
        assertThat(day.all().meanAbsoluteError()).isEqualTo(Duration.ofSeconds((60 + 180 + 240) / 3));
        assertThat(day.services()).extracting(EstimateAccuracy.Accuracy::service).containsExactly("a", "b");
        EstimateAccuracy.Accuracy a = day.services().get(0);
        assertThat(a.tickets()).isEqualTo(2);
        assertThat(a.meanAbsoluteError()).isEqualTo(Duration.ofSeconds(210));
        assertThat(a.meanError()).as("they waited longer than told").isEqualTo(Duration.ofSeconds(210));
        assertThat(day.services().get(1).meanAbsoluteError()).isEqualTo(Duration.ofMinutes(1));
        assertThat(day.all().close()).as("off by 1, 3 and 4 minutes: all within five").isEqualTo(3);
        assertThat(accuracy.of(hall, DAY.minusDays(1)).all().tickets()).isZero();
    }

    /** The ticket's estimate from a full play of the hall as it is now, with no estimate reused. */
    private Duration fullPlay(String hall, TicketView ticket) {
        Instant now = clock.instant();
        return waits.estimate(hall, now, tickets.findWaiting(hall), windows.windows(hall), tickets.findAtWindows(hall))
                .ticket(ticket.id(), now).orElseThrow();
    }

    @Test
    void theEstimateIssuedAndRecordedIsTheFullPlayOfTheHallForTheNewTicket() {
        clock.set(NINE);
        String hall = halls.create("A", "B", "C");
        long one = halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        halls.openWindow(hall, 2, Map.of("b", 1.0, "c", 1.0));
        List<IssueTicketRequest> requests = List.of(IssueTicketRequest.walkIn("a"), IssueTicketRequest.walkIn("b"),
                IssueTicketRequest.walkIn("c"), new IssueTicketRequest("a", null, Priority.GREEN_CHANNEL),
                IssueTicketRequest.walkIn("b"), IssueTicketRequest.walkIn("a"), IssueTicketRequest.walkIn("c"),
                new IssueTicketRequest("b", null, Priority.GREEN_CHANNEL), IssueTicketRequest.walkIn("b"),
                IssueTicketRequest.walkIn("a"));

        for (int i = 0; i < requests.size(); i++) {
            // Some issues follow the hall's latest play within seconds, some long after it, some after a call.
            clock.advance(Duration.ofSeconds(i % 3 == 0 ? 45 : 5));
            if (i == 6) {
                api.callNext(one);
            }
            TicketView ticket = api.issueTicket(hall, requests.get(i), UUID.randomUUID().toString());

            assertThat(ticket.position()).isNotNull();
            assertThat(ticket.estimatedWait()).as("ticket %s", ticket.number()).isEqualTo(fullPlay(hall, ticket));
            assertThat(recordedSeconds(ticket)).isEqualTo(ticket.estimatedWait().toSeconds());
        }
    }

    @Test
    void greenChannelAppointmentAndUnforeseenTicketsAnswerAndRecordTheFullPlayAndTheirEventsThePeopleAhead() {
        clock.set(NINE);
        String hall = halls.create("A", "B");
        halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        halls.openWindow(hall, 2, Map.of("b", 1.0));
        for (int i = 0; i < 6; i++) {
            issue(hall, i % 2 == 0 ? "a" : "b");
        }
        Instant booked = NINE.plus(Duration.ofMinutes(20));
        String appointmentA = appointment(hall, "a", booked);
        String appointmentB = appointment(hall, "b", booked);

        for (String service : List.of("a", "b")) {
            // Each goes ahead of the three normal tickets of its service already waiting: no newcomer's
            // estimate stands for it, so its event carries none.
            clock.advance(Duration.ofSeconds(5));
            TicketView green = api.issueTicket(hall, new IssueTicketRequest(service, null, Priority.GREEN_CHANNEL),
                    UUID.randomUUID().toString());
            assertIssuedWithTheFullPlay(hall, green, 0, false);
            clock.advance(Duration.ofSeconds(5));
            TicketView appointment = api.checkIn(hall,
                    new CheckInRequest(service.equals("a") ? appointmentA : appointmentB), UUID.randomUUID().toString());
            assertThat(appointment.priority()).isEqualTo(Priority.APPOINTMENT);
            assertIssuedWithTheFullPlay(hall, appointment, 1, false);
            // A normal ticket when the hall's latest play is too old to lend it a newcomer's estimate,
            clock.advance(Duration.ofSeconds(45));
            assertIssuedWithTheFullPlay(hall, issue(hall, service), 5, false);
            // and one soon after, which takes the newcomer's estimate of the play the one before made.
            clock.advance(Duration.ofSeconds(5));
            assertIssuedWithTheFullPlay(hall, issue(hall, service), 6, true);
        }
    }

    @Test
    void aQuietHallIsPlayedAgainSoThatTheNextNewcomersEventCarriesAFreshEstimate() {
        clock.set(NINE);
        String hall = halls.create("A");
        halls.openWindow(hall, 1, Map.of("a", 1.0));
        issue(hall, "a");
        issue(hall, "a");
        clock.advance(Duration.ofSeconds(45));
        TicketView afterAQuietSpell = issue(hall, "a");
        clock.advance(Duration.ofSeconds(45));

        refresh.refresh();
        TicketView next = issue(hall, "a");

        assertThat(issuedEvent(hall, afterAQuietSpell).estimatedWait()).as("the latest play was 45 s old").isNull();
        assertThat(next.estimatedWait()).isEqualTo(Duration.ofMinutes(15)).isEqualTo(fullPlay(hall, next));
        assertThat(issuedEvent(hall, next).estimatedWait()).as("the newcomer's wait of the refreshed play")
                .isEqualTo(next.estimatedWait());
    }

    private TicketView issuedEvent(String hall, TicketView ticket) {
        return events.after(hall, 0, 1000).stream()
                .filter(e -> e.type().equals(HallEvent.TICKET_ISSUED) && e.ticket().id().equals(ticket.id()))
                .findFirst().orElseThrow().ticket();
    }

    private void assertIssuedWithTheFullPlay(String hall, TicketView ticket, int ahead, boolean eventEstimated) {
        assertThat(ticket.position()).as("ticket %s", ticket.number()).isEqualTo(ahead);
        assertThat(ticket.estimatedWait()).as("ticket %s", ticket.number()).isEqualTo(fullPlay(hall, ticket));
        assertThat(recordedSeconds(ticket)).isEqualTo(ticket.estimatedWait().toSeconds());
        TicketView issued = issuedEvent(hall, ticket);
        assertThat(issued.position()).isEqualTo(ahead);
        if (eventEstimated) {
            assertThat(issued.estimatedWait()).isNotNull();
        } else {
            assertThat(issued.estimatedWait()).isNull();
        }
    }

    /** An appointment for the service booked at that time, received from the portal: its QR payload. */
    private String appointment(String hall, String service, Instant at) {
        return checkIns.receive(new PortalNotices.Appointment("WE-" + service + "-" + hall, hall, service,
                "11010519491231002X", "测试用户乙", at, at.plus(Duration.ofMinutes(30))), null).receipt().qrPayload();
    }

    @Test
    void ticketsIssuedTogetherEachRecordTheirOwnEstimate() throws Exception {
        clock.set(NINE);
        String hall = halls.create("A", "B");
        halls.openWindow(hall, 1, Map.of("a", 1.0));
        halls.openWindow(hall, 2, Map.of("b", 1.0));
        List<TicketView> issued = Collections.synchronizedList(new ArrayList<>());

        try (ExecutorService kiosks = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                String service = k % 2 == 0 ? "a" : "b";
                done.add(kiosks.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        issued.add(issue(hall, service));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        // One window per service and a visit takes five minutes: each visitor waits five minutes per person ahead.
        assertThat(issued).hasSize(32).allSatisfy(ticket -> {
            Duration expected = Duration.ofMinutes(5).multipliedBy(ticket.position());
            assertThat(ticket.estimatedWait()).as("ticket %s", ticket.number()).isEqualTo(expected);
            assertThat(recordedSeconds(ticket)).isEqualTo(expected.toSeconds());
            assertThat(fullPlay(hall, ticket)).isEqualTo(expected);
        });
        for (String service : List.of("a", "b")) {
            assertThat(issued).filteredOn(t -> t.service().equals(service)).extracting(TicketView::position)
                    .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        }
    }

    @Test
    void aTicketPutBackInAQueueAnswersWithTheFullPlayOfTheHallAndItsEventWithThePeopleAhead() {
        clock.set(NINE);
        String hall = halls.create("A", "B", "C");
        long one = halls.openWindow(hall, 1, Map.of("a", 1.0, "b", 1.0));
        long two = halls.openWindow(hall, 2, Map.of("b", 1.0, "c", 1.0));
        List<IssueTicketRequest> requests = List.of(IssueTicketRequest.walkIn("a"), IssueTicketRequest.walkIn("b"),
                new IssueTicketRequest("a", null, Priority.GREEN_CHANNEL), IssueTicketRequest.walkIn("c"),
                IssueTicketRequest.walkIn("b"), IssueTicketRequest.walkIn("a"), IssueTicketRequest.walkIn("c"),
                IssueTicketRequest.walkIn("b"), IssueTicketRequest.walkIn("a"), IssueTicketRequest.walkIn("b"));
        requests.forEach(request -> api.issueTicket(hall, request, UUID.randomUUID().toString()));
        List<TicketView> putBack = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            // Some actions follow the hall's latest play within seconds, some long after it.
            clock.advance(Duration.ofSeconds(i % 3 == 0 ? 45 : 5));
            long window = i % 2 == 0 ? one : two;
            TicketView called = api.callNext(window).orElseThrow();
            if (i % 3 == 0) {
                api.noShow(called.id());
                putBack.add(i == 3 ? desk.requeue(called.id()) : api.requeue(called.id()));
            } else {
                api.start(called.id());
                putBack.add(api.transfer(called.id(), i % 3 == 1 ? TransferRequest.toService("b")
                        : TransferRequest.toWindow(window == one ? two : one)));
            }
            TicketView ticket = putBack.getLast();

            assertThat(ticket.status().isWaiting()).isTrue();
            assertThat(ticket.position()).isNotNull();
            assertThat(ticket.estimatedWait()).as("ticket %s", ticket.number()).isEqualTo(fullPlay(hall, ticket));
            HallEvent event = events.after(hall, 0, 1000).getLast();
            assertThat(event.ticket().id()).isEqualTo(ticket.id());
            assertThat(event.ticket().position()).isEqualTo(ticket.position());
        }
        assertThat(putBack).extracting(TicketView::status).containsExactly(TicketStatus.WAITING,
                TicketStatus.TRANSFERRED, TicketStatus.TRANSFERRED, TicketStatus.WAITING, TicketStatus.TRANSFERRED,
                TicketStatus.TRANSFERRED);
        assertThat(putBack).extracting(TicketView::targetWindowId).containsExactly(null, null, two, null, null, one);
    }

    @Test
    void estimatesLearnFromTheHallsOwnVisits() {
        clock.set(NINE);
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        for (int i = 0; i < 4; i++) {
            TicketView ticket = issue(hall, "a");
            api.callNext(window);
            api.start(ticket.id());
            clock.advance(Duration.ofMinutes(8)); // every visit takes the window eight minutes
            api.complete(ticket.id());
        }
        clock.advance(Duration.ofMinutes(2)); // past the minute learned times are kept

        issue(hall, "a");
        TicketView second = issue(hall, "a");

        assertThat(second.estimatedWait()).isEqualTo(Duration.ofMinutes(8));
    }
}
