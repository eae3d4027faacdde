package org.openhall.kiosk.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.CheckInView;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.IssueCall;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScanSource;
import org.openhall.kiosk.shell.HomeView;
import org.openhall.kiosk.ticket.ui.TicketScreen;
import org.springframework.beans.factory.annotation.Autowired;

class IdCheckInViewTest extends KioskViewTest {

    /** The standard's own example, with a valid check character. */
    private static final String ID = "11010519491231002X";
    private static final String MASKED = "1101**********002X";

    @Autowired
    CodeScans scans;

    private void typeId(String number) {
        for (char c : number.toCharArray()) {
            tap("id-key-" + c);
        }
    }

    @Test
    void refusesAWrongCheckCharacterWithoutAskingQueueService() {
        navigate(IdCheckInView.class);

        typeId("110105194912310021");
        tap("id-submit");

        assertThat(textOf("id-status")).isEqualTo("身份证号码不正确：最后一位校验码不符。请核对后重新输入。");
        assertThat(queue.personCalls()).isEmpty();
        assertThat(queue.issueCalls()).isEmpty();
    }

    @Test
    void showsTheNumberOnlyMaskedWhileTypingAndAfter() {
        navigate(IdCheckInView.class);

        typeId(ID);

        assertThat(textOf("id-entry")).isEqualTo(MASKED);
        assertThat(textOf("id-entry-count")).isEqualTo("已输入 18 / 18 位");
        tap("id-submit");
        assertThat(textOf("id-person")).isEqualTo("身份证 " + MASKED);
        assertThat($(com.vaadin.flow.component.Component.class).all())
                .allSatisfy(c -> assertThat(c.getElement().getText()).doesNotContain("19491231"));
    }

    @Test
    void theKeypadDeletesAndClears() {
        navigate(IdCheckInView.class);
        typeId("1101");

        tap("id-key-delete");
        assertThat(textOf("id-entry")).isEqualTo("110");
        tap("id-key-clear");
        assertThat(textOf("id-entry")).isEmpty();
        assertThat(button("id-submit").isEnabled()).isFalse();
    }

    @Test
    void listsTodaysPreApplicationsAndIssuesATicketBoundToTheId() {
        queue.personHas(ID, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "APPROVED", null));
        navigate(IdCheckInView.class);
        typeId(ID);
        tap("id-submit");

        assertThat(queue.personCalls()).containsExactly(ID);
        assertThat(textOf("checkin-card")).contains("企业设立登记").contains("预审结果：已通过");

        tap("checkin-confirm");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).singleElement().satisfies(call -> {
            assertThat(call.service()).isEqualTo("company-registration");
            assertThat(call.idNumber()).isEqualTo(ID);
        });
    }

    @Test
    void anItemFoundByIdWithASignedPayloadIsCheckedInKeepingItsApplication() {
        String payload = FakeQueueApi.checkInPayload('P', "PA-2025-0002");
        CheckInView item = FakeQueueApi.preApplication("PA-2025-0002", "company-registration", "APPROVED", null);
        CheckInView withPayload = new CheckInView(item.kind(), item.reference(), item.service(), item.serviceName(),
                item.maskedName(), item.preReviewStatus(), item.appointmentAt(), true, null, payload);
        queue.knowsCheckIn(payload, withPayload);
        queue.personHas(ID, withPayload);
        navigate(IdCheckInView.class);
        typeId(ID);
        tap("id-submit");

        tap("checkin-confirm");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.checkInCalls()).singleElement().satisfies(call -> assertThat(call.payload()).isEqualTo(payload));
        assertThat(queue.issueCalls()).as("no walk-in ticket instead").isEmpty();
    }

    @Test
    void aDoubleTapOnGetMyTicketIssuesOneTicket() {
        queue.personHas(ID, FakeQueueApi.preApplication("PA-2025-0001", "company-registration", "APPROVED", null));
        navigate(IdCheckInView.class);
        typeId(ID);
        tap("id-submit");
        queue.hold();
        var confirm = button("checkin-confirm");

        tap("checkin-confirm");
        ComponentUtil.fireEvent(confirm, new ClickEvent<>(confirm));
        queue.release();

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).hasSize(1);
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void withNothingBookedOffersAWalkInTicketBoundToTheId() {
        navigate(IdCheckInView.class);
        typeId(ID);
        tap("id-submit");

        assertThat(textOf("id-person")).contains(MASKED);
        assertThat(isShown("id-service-social-insurance")).isTrue();

        tap("id-service-social-insurance");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).extracting(IssueCall::idNumber).containsExactly(ID);
        assertThat(textOf("ticket-number")).isEqualTo("B001");
    }

    @Test
    void aSecondTicketForTheSamePersonAndServiceIsRefusedPlainly() {
        queue.failNextIssues(FakeQueueApi.refusal("duplicate-ticket", "Already has B003"));
        navigate(IdCheckInView.class);
        typeId(ID);
        tap("id-submit");

        tap("id-service-social-insurance");

        awaitUi(() -> assertThat(textOf("id-status")).isEqualTo("您今天已经取过该事项的号，不用再取。"));
        assertThat(queue.issuedTickets()).isEmpty();
    }

    @Test
    void anIdCardBarcodeFillsInTheNumber() throws InterruptedException {
        navigate(IdCheckInView.class);
        String barcode = "@\n\u001e\rANSI 636000080002DL00410278ZV03190008DLDAQ" + ID + "\nDCSZHANG\nDACSAN\n";

        Thread.ofVirtual().start(() -> scans.deliver(barcode, ScanSource.CAMERA)).join();

        awaitUi(() -> assertThat(textOf("id-person")).isEqualTo("身份证 " + MASKED));
        assertThat(queue.personCalls()).containsExactly(ID);
    }

    @Test
    void forgetsTheNumberWhenTheVisitorLeaves() {
        navigate(IdCheckInView.class);
        var screen = (IdCheckInView) getCurrentView();
        typeId("1101051949");

        tap("back-home");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(screen.remembersAnything()).isFalse();
    }

    @Test
    void saysPlainlyWhenQueueServiceIsUnreachable() {
        queue.unreachable(true);
        navigate(IdCheckInView.class);
        typeId(ID);

        tap("id-submit");

        assertThat(textOf("id-status")).isEqualTo("暂时无法取号，请稍候或咨询工作人员");
    }
}
