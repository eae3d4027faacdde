package org.openhall.queue.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.Channel;
import org.openhall.client.api.CheckInRequest;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.PersonLookupRequest;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ResidentId;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checking in at the kiosk with a pre-application's or an appointment's QR code, or by ID number. */
@QueueServiceTest
class CheckInTest extends ApiTestBase {

    static final String ID = "11010519491231002X";
    static final String OTHER_ID = "31010419851120456" + ResidentId.checkCharacter("31010419851120456");
    static final Instant T = Instant.parse("2026-11-26T02:00:00Z");

    @Autowired
    CheckIns checkIns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheMatterItsPreReviewStatusAndTheMaskedName() {
        String hall = halls.create("A");
        String code = preApplication(hall, "P-1", "MATERIALS_MISSING", "张三");
        CheckInView view = api.lookUpCheckIn(hall, new CheckInRequest(code));
        assertThat(view.kind()).isEqualTo("PRE_APPLICATION");
        assertThat(view.reference()).isEqualTo(ref(hall, "P-1"));
        assertThat(view.service()).isEqualTo("a");
        assertThat(view.serviceName().en()).isEqualTo("Service A");
        assertThat(view.preReviewStatus()).isEqualTo("MATERIALS_MISSING");
        assertThat(view.maskedName()).isEqualTo("张*");
        assertThat(view.checkInOpen()).isTrue();
        assertThat(view.refusal()).isNull();
    }

    @Test
    void aPreApplicationIsCheckedInOnceWithItsOwnChannel() {
        String hall = halls.create("A");
        String code = preApplication(hall, "P-2", "APPROVED", "张三");
        TicketView ticket = api.checkIn(hall, new CheckInRequest(code), "scan-1");
        assertThat(ticket.channel()).isEqualTo(Channel.PRE_APPLICATION);
        assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
        assertThat(ticket.service()).isEqualTo("a");
        assertThat(ticket.holder()).as("the masked name, never the full one").isEqualTo("张*");
        assertThat(api.ticket(ticket.id()).holder()).isEqualTo("张*");
        assertThat(api.checkIn(hall, new CheckInRequest(code), "scan-1").id()).isEqualTo(ticket.id());
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(code), "scan-2"), 409, "already-checked-in");
        CheckInView after = api.lookUpCheckIn(hall, new CheckInRequest(code));
        assertThat(after.checkInOpen()).isFalse();
        assertThat(after.refusal()).isEqualTo("already-checked-in");
        assertThat(ticketRows(hall)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT t.public_id FROM pre_application p JOIN ticket t ON t.id = p.checked_in_ticket_id"
                + " WHERE p.reference = ?").param(ref(hall, "P-2")).query(String.class).single()).isEqualTo(ticket.id());
    }

    @Test
    void aRejectedPreApplicationIsShownButNotCheckedIn() {
        String hall = halls.create("A");
        String code = preApplication(hall, "P-3", "REJECTED", "张三");
        CheckInView view = api.lookUpCheckIn(hall, new CheckInRequest(code));
        assertThat(view.checkInOpen()).isFalse();
        assertThat(view.refusal()).isEqualTo("pre-review-rejected");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(code), "scan"), 409, "pre-review-rejected");
        assertThat(ticketRows(hall)).isZero();
    }

    @Test
    void anAppointmentChecksInWithAppointmentPriorityInsideItsWindow() {
        String hall = halls.create("A");
        clock.set(T.minus(Duration.ofHours(2)));
        String code = appointment(hall, "A-1", ID, T);
        clock.set(T.minus(Duration.ofMinutes(30)));
        CheckInView view = api.lookUpCheckIn(hall, new CheckInRequest(code));
        assertThat(view.kind()).isEqualTo("APPOINTMENT");
        assertThat(view.appointmentAt()).isEqualTo(T);
        assertThat(view.checkInOpen()).isTrue();
        TicketView ticket = api.checkIn(hall, new CheckInRequest(code), "scan");
        assertThat(ticket.channel()).isEqualTo(Channel.APPOINTMENT);
        assertThat(ticket.priority()).isEqualTo(Priority.APPOINTMENT);
        assertThat(jdbc.sql("SELECT appointment_at FROM ticket WHERE public_id = ?").param(ticket.id())
                .query(Timestamp.class).single().toInstant()).isEqualTo(T);
    }

    @Test
    void anAppointmentIsTooEarlyBeforeTheEarlyToleranceAndTooLateAfterTheLateTolerance() {
        String hall = halls.create("A");
        clock.set(T.minus(Duration.ofHours(2)));
        String code = appointment(hall, "A-2", ID, T);
        clock.set(T.minus(Duration.ofMinutes(30)).minusSeconds(1));
        assertThat(api.lookUpCheckIn(hall, new CheckInRequest(code)).refusal()).isEqualTo("too-early");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(code), "early"), 409, "too-early");
        clock.set(T.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(api.lookUpCheckIn(hall, new CheckInRequest(code)).refusal()).isEqualTo("too-late");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(code), "late"), 409, "too-late");
        assertThat(ticketRows(hall)).isZero();
        clock.set(T.plus(Duration.ofMinutes(15)));
        assertThat(api.checkIn(hall, new CheckInRequest(code), "just-in-time").priority()).isEqualTo(Priority.APPOINTMENT);
    }

    @Test
    void twoKiosksCheckingInTheSameCodeAtOnceIssueOneTicket() throws Exception {
        String hall = halls.create("A");
        String code = preApplication(hall, "P-4", "APPROVED", "张三");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                String key = "kiosk-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return api.checkIn(hall, new CheckInRequest(code), key);
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
            assertThat(outcomes).filteredOn("already-checked-in"::equals).hasSize(3);
        }
        assertThat(ticketRows(hall)).isEqualTo(1);
    }

    @Test
    void forgedExpiredAndOtherHallsCodesAreRefusedAndChangeNothing() {
        String hall = halls.create("A");
        String other = halls.create("A");
        String code = preApplication(hall, "P-5", "APPROVED", "张三");
        String forged = new QrCodes("not-the-service-key-0123456789ab".getBytes(StandardCharsets.UTF_8))
                .sign(new QrCode(QrCode.Kind.P, hall, "P-5", T.plus(Duration.ofDays(400))));
        assertRefused(() -> api.lookUpCheckIn(hall, new CheckInRequest(forged)), 400, "invalid-qr");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(forged), "forged"), 400, "invalid-qr");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(code.replace("P-5", "P-6")), "altered"), 400, "invalid-qr");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest("x".repeat(500)), "long"), 400, "invalid-qr");
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(null), "none"), 400, "invalid-qr");
        assertRefused(() -> api.checkIn(other, new CheckInRequest(code), "elsewhere"), 400, "wrong-hall");
        clock.set(clock.instant().plus(Duration.ofDays(31)));
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(code), "expired"), 400, "expired-qr");
        clock.reset();
        String unknown = checkIns.qrCodes().sign(new QrCode(QrCode.Kind.A, hall, "NOT-SENT", clock.instant().plusSeconds(60)));
        assertRefused(() -> api.checkIn(hall, new CheckInRequest(unknown), "unknown"), 404, "unknown-check-in");
        assertThat(ticketRows(hall) + ticketRows(other)).isZero();
        assertThat(api.checkIn(hall, new CheckInRequest(code), "genuine").channel()).isEqualTo(Channel.PRE_APPLICATION);
    }

    @Test
    void findsAPersonsPendingPreApplicationsAndTodaysAppointmentsByIdNumber() {
        String hall = halls.create("A", "B");
        clock.set(T.minus(Duration.ofHours(1)));
        preApplication(hall, "P-7", "APPROVED", "欧阳娜娜");
        String done = preApplication(hall, "P-8", "APPROVED", "欧阳娜娜");
        appointment(hall, "A-7", ID, T);
        appointment(hall, "A-8", ID, T.plus(Duration.ofDays(1)));
        appointment(hall, "A-9", OTHER_ID, T);
        clock.set(T.minus(Duration.ofMinutes(10)));
        var earlier = api.checkIn(hall, new CheckInRequest(done), "k");
        PersonToday today = api.lookUpPerson(hall, new PersonLookupRequest(ID.toLowerCase()));
        assertThat(today.maskedId()).isEqualTo("1101**********002X");
        assertThat(today.items()).extracting(CheckInView::reference).containsExactly(ref(hall, "P-7"), ref(hall, "A-7"));
        assertThat(today.items()).allSatisfy(item -> assertThat(item.checkInOpen()).isTrue());
        assertThat(today.items().getFirst().maskedName()).isEqualTo("欧***");
        assertThat(today.toString()).doesNotContain(ID).doesNotContain("0519491231");
        assertRefused(() -> api.lookUpPerson(hall, new PersonLookupRequest("110105194912310021")), 400, "invalid-id-number");
        assertThat(api.lookUpPerson(hall, new PersonLookupRequest("11010519491231002X")).items()).hasSize(2);

        // The kiosk checks an item found by ID in with the payload it came with: the appointment keeps its priority.
        api.cancel(earlier.id());
        CheckInView appointment = today.items().get(1);
        assertThat(appointment.payload()).startsWith("OH1.A.");
        var ticket = api.checkIn(hall, new CheckInRequest(appointment.payload()), "by-id");
        assertThat(ticket.channel()).isEqualTo(Channel.APPOINTMENT);
        assertThat(api.lookUpPerson(hall, new PersonLookupRequest(ID)).items()).extracting(CheckInView::refusal)
                .contains("already-checked-in");
    }

    private String preApplication(String hall, String reference, String status, String name) {
        return checkIns.receive(new PortalNotices.PreApplication(ref(hall, reference), hall, "a", ID, name, status,
                null, null), null).receipt().qrPayload();
    }

    private String appointment(String hall, String reference, String id, Instant start) {
        return checkIns.receive(new PortalNotices.Appointment(ref(hall, reference), hall, "a", id, "测试用户乙", start,
                start.plus(Duration.ofMinutes(30))), null).receipt().qrPayload();
    }

    /** References are unique across the installation: each test's carry its hall's code. */
    private static String ref(String hall, String reference) {
        return reference + "-" + hall;
    }

    private long ticketRows(String hall) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE hall_code = ?").param(hall).query(Long.class).single();
    }

    private static void assertRefused(Runnable call, int status, String code) {
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class, call::run);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.code()).isEqualTo(code);
    }
}
