package org.openhall.kiosk.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.Channel;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.CheckInCall;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.myticket.ui.MyTicketView;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScanSource;
import org.openhall.kiosk.ticket.ui.TicketScreen;
import org.springframework.beans.factory.annotation.Autowired;

class ScanViewTest extends KioskViewTest {

    private static final String PRE = FakeQueueApi.checkInPayload('P', "PA-2025-0001");
    private static final String APPOINTMENT = FakeQueueApi.checkInPayload('A', "AP-2025-0042");

    @Autowired
    CodeScans scans;

    private void type(String text) {
        test($(TextField.class).id("scan-input")).setValue(text);
    }

    @Test
    void aPreApplicationCodeShowsTheMatterItsReviewAndTheMaskedNameThenIssuesItsTicket() {
        queue.knowsCheckIn(PRE, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "APPROVED", null));
        navigate(ScanView.class);

        type(PRE);

        assertThat(textOf("checkin-matter")).isEqualTo("企业设立登记");
        assertThat(textOf("checkin-card")).contains("网上预审").contains("预审结果：已通过").contains("申请人：张*");
        assertThat(isShown("checkin-walk-in")).isFalse();

        tap("checkin-confirm");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.checkInCalls()).extracting(CheckInCall::payload).containsExactly(PRE);
        assertThat(queue.issuedTickets()).singleElement()
                .satisfies(t -> assertThat(t.channel()).isEqualTo(Channel.PRE_APPLICATION));
        assertThat(textOf("ticket-number")).isEqualTo("A001");
    }

    @Test
    void aCodeFromTheCameraOnAnotherThreadReachesTheScreen() throws InterruptedException {
        queue.knowsCheckIn(APPOINTMENT, FakeQueueApi.appointment("AP-2025-0042", "social-insurance",
                Instant.parse("2025-11-26T02:30:00Z"), null));
        navigate(ScanView.class);

        Thread.ofVirtual().start(() -> scans.deliver(APPOINTMENT, ScanSource.CAMERA)).join();

        awaitUi(() -> assertThat(textOf("checkin-card")).contains("预约").contains("社会保险参保登记")
                .contains("预约时间 11月26日 星期三 10:30").contains("申请人：李*"));
    }

    @Test
    void aMissingMaterialsReviewIsSaidInWordsInEnglishToo() {
        queue.knowsCheckIn(PRE, FakeQueueApi.preApplication("PA-2025-0001", "company-registration",
                "MATERIALS_MISSING", null));
        navigate(ScanView.class);
        tap("language-switch");

        type(PRE);

        assertThat(textOf("checkin-card")).contains("Pre-application").contains("Company registration")
                .contains("Pre-review: approved, but some materials are missing");
    }

    @Test
    void aDoubleTapOnGetMyTicketIssuesOneTicket() {
        queue.knowsCheckIn(PRE, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "APPROVED", null));
        navigate(ScanView.class);
        type(PRE);
        queue.hold();
        var confirm = button("checkin-confirm");

        tap("checkin-confirm");
        ComponentUtil.fireEvent(confirm, new ClickEvent<>(confirm));
        queue.release();

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.checkInCalls()).hasSize(1);
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void tappingAgainAfterNoAnswerSendsTheSameKeyAndGetsOneTicket() {
        queue.knowsCheckIn(PRE, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "APPROVED", null));
        navigate(ScanView.class);
        type(PRE);
        queue.unreachable(true);

        tap("checkin-confirm");
        awaitUi(() -> assertThat(textOf("scan-status")).isEqualTo("暂时无法取号，请稍候或咨询工作人员"));
        assertThat(button("checkin-confirm").isEnabled()).isTrue();

        queue.unreachable(false);
        tap("checkin-confirm");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.checkInCalls()).hasSize(4).extracting(CheckInCall::idempotencyKey)
                .containsOnly(queue.checkInCalls().getFirst().idempotencyKey());
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void anAppointmentOutsideItsWindowIsExplainedAndOffersAWalkInTicketForItsService() {
        queue.knowsCheckIn(APPOINTMENT, FakeQueueApi.appointment("AP-2025-0042", "social-insurance",
                Instant.parse("2025-11-26T06:00:00Z"), "too-early"));
        navigate(ScanView.class);

        type(APPOINTMENT);

        assertThat(textOf("checkin-refusal")).isEqualTo("现在签到还太早。您可以先取普通号，或临近预约时间再来签到。");
        assertThat(isShown("checkin-confirm")).isFalse();

        tap("checkin-walk-in");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.checkInCalls()).isEmpty();
        assertThat(queue.issueCalls()).singleElement()
                .satisfies(call -> assertThat(call.service()).isEqualTo("social-insurance"));
    }

    @Test
    void aLateAppointmentIsExplainedInEnglish() {
        queue.knowsCheckIn(APPOINTMENT, FakeQueueApi.appointment("AP-2025-0042", "social-insurance",
                Instant.parse("2025-11-26T01:00:00Z"), "too-late"));
        navigate(ScanView.class);
        tap("language-switch");

        type(APPOINTMENT);

        assertThat(textOf("checkin-refusal"))
                .isEqualTo("The check-in time for this appointment has passed. You can take a walk-in ticket instead.");
        assertThat(isShown("checkin-walk-in")).isTrue();
    }

    @Test
    void aRejectedPreApplicationIsExplained() {
        queue.knowsCheckIn(PRE, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "REJECTED",
                "pre-review-rejected"));
        navigate(ScanView.class);

        type(PRE);

        assertThat(textOf("checkin-card")).contains("预审结果：未通过");
        assertThat(textOf("checkin-refusal")).isEqualTo("该申请预审未通过，请到咨询台咨询。");
    }

    @Test
    void aCodeAlreadyCheckedInOffersNoSecondTicket() {
        queue.knowsCheckIn(PRE, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "APPROVED",
                "already-checked-in"));
        navigate(ScanView.class);

        type(PRE);

        assertThat(textOf("checkin-refusal")).startsWith("该事项已经签到并取过号了");
        assertThat(isShown("checkin-confirm")).isFalse();
        assertThat(isShown("checkin-walk-in")).isFalse();
    }

    @Test
    void forgedExpiredAndForeignCodesAreRefusedInPlainWords() {
        navigate(ScanView.class);
        type(PRE);
        assertThat(textOf("scan-status")).startsWith("无法识别该二维码");

        queue.refusesCheckIn(APPOINTMENT, "expired-qr");
        type(APPOINTMENT);
        assertThat(textOf("scan-status")).startsWith("该二维码已过期");

        String other = FakeQueueApi.checkInPayload('P', "OTHER-1");
        queue.refusesCheckIn(other, "wrong-hall");
        type(other);
        assertThat(textOf("scan-status")).isEqualTo("该二维码属于其他办事大厅，请核对预约地点。");

        assertThat(isShown("checkin-card")).isFalse();
        assertThat(queue.checkInCalls()).isEmpty();
        assertThat(textOf("scan-status")).doesNotContain("Exception").doesNotContain("409");
    }

    @Test
    void aMalformedCodeIsRefusedBeforeAnythingIsSent() {
        navigate(ScanView.class);

        type("OH1.P.demo.broken");

        assertThat(textOf("scan-status")).startsWith("无法识别该二维码");
        assertThat(queue.lookUpCalls()).isEmpty();
    }

    @Test
    void aTicketsOwnQrCodeLeadsToMyTicket() {
        var ticket = queue.issueTicket(FakeQueueApi.HALL, IssueTicketRequest.walkIn("social-insurance"), "k-1");
        navigate(ScanView.class);

        type(ticket.statusUrl());

        assertThat(getCurrentView()).isInstanceOf(MyTicketView.class);
        assertThat(textOf("my-number")).isEqualTo("B001");
    }

    @Test
    void saysPlainlyWhenTheCodeCannotBeLookedUp() {
        queue.unreachable(true);
        navigate(ScanView.class);

        type(PRE);

        assertThat(textOf("scan-status")).isEqualTo("暂时无法取号，请稍候或咨询工作人员");
    }
}
