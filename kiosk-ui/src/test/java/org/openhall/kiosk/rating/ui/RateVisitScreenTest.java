package org.openhall.kiosk.rating.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.RatingCall;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScanSource;
import org.openhall.kiosk.shell.HomeView;
import org.springframework.beans.factory.annotation.Autowired;

class RateVisitScreenTest extends KioskViewTest {

    @Autowired
    CodeScans scans;

    /** A023-like: ticket A001 for company registration, served at window 5 and completed. */
    private TicketView aCompletedVisit() {
        TicketView ticket = aWaitingTicket();
        queue.complete(ticket.number(), 5);
        return ticket;
    }

    private TicketView aWaitingTicket() {
        return queue.issueTicket(FakeQueueApi.HALL, IssueTicketRequest.walkIn("company-registration"), "key-1");
    }

    private void scan(TicketView ticket) {
        try {
            Thread.ofVirtual().start(() -> scans.deliver(ticket.statusUrl(), ScanSource.KEYBOARD_WEDGE)).join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        runUiTasks();
    }

    private void type(String keypad, String text) {
        for (char c : text.toCharArray()) {
            tap(keypad + "-key-" + c);
        }
    }

    private void scannedAtTheRatingScreen(TicketView ticket) {
        navigate(RateVisitScreen.class);
        scan(ticket);
        awaitUi(() -> assertThat(isShown("rate-form")).isTrue());
    }

    @Test
    void theHomeScreenHasARatingTileThatOpensTheRatingScreen() {
        navigate(HomeView.class);
        assertThat(textOf("path-rate")).contains("评价服务").contains("Rate a visit");

        tap("path-rate");

        assertThat(getCurrentView()).isInstanceOf(RateVisitScreen.class);
        assertThat(isShown("rate-finding")).isTrue();
        assertThat(isShown("rate-form")).isFalse();
    }

    @Test
    void aScannedQrCodeOfACompletedVisitShowsItsServiceAndFiveFacesInBothLanguages() {
        scannedAtTheRatingScreen(aCompletedVisit());

        assertThat(textOf("rate-ticket")).isEqualTo("A001 · 企业设立登记 · Company registration");
        assertThat(textOf("rate-level-5")).contains("非常满意").contains("Very satisfied");
        assertThat(textOf("rate-level-4")).contains("满意").contains("Satisfied");
        assertThat(textOf("rate-level-3")).contains("基本满意").contains("Basically satisfied");
        assertThat(textOf("rate-level-2")).contains("不满意").contains("Dissatisfied");
        assertThat(textOf("rate-level-1")).contains("非常不满意").contains("Very dissatisfied");
        assertThat(isShown("rate-finding")).isFalse();
        assertThat(isShown("rate-phone-box")).as("only for a bad review").isFalse();
        assertThat(button("rate-submit").isEnabled()).as("not before a face is chosen").isFalse();
    }

    @Test
    void aTypedNumberFindsTheVisitAsMyTicketDoes() {
        aCompletedVisit();
        navigate(RateVisitScreen.class);
        assertThat(button("rate-find").isEnabled()).isFalse();

        type("rate", "A001");
        assertThat(textOf("rate-entry")).isEqualTo("A001");
        tap("rate-find");

        assertThat(textOf("rate-ticket")).startsWith("A001 · ");
        assertThat(isShown("rate-level-5")).isTrue();
    }

    @Test
    void theRatingIsSentOnceFromTheKioskWithTheChosenReasons() {
        TicketView ticket = aCompletedVisit();
        scannedAtTheRatingScreen(ticket);

        tap("rate-level-4");
        tap("rate-reason-attitude");
        tap("rate-reason-quality");
        tap("rate-reason-quality");
        tap("rate-reason-efficiency");
        assertThat(button("rate-reason-attitude").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(button("rate-reason-quality").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        tap("rate-submit");

        assertThat(queue.ratingCalls()).singleElement().isEqualTo(new RatingCall(ticket.id(),
                new RatingRequest(4, List.of("ATTITUDE", "EFFICIENCY"), null, "KIOSK", null)));
        assertThat(textOf("rate-thanks")).contains("感谢您的评价").contains("Thank you for your rating");
        assertThat(isShown("rate-follow-up-box")).isFalse();
        assertThat(isShown("rate-form")).isFalse();
    }

    @Test
    void aDoubleTapSendsTheRatingOnce() {
        scannedAtTheRatingScreen(aCompletedVisit());
        tap("rate-level-5");

        var submit = button("rate-submit");
        // The second tap reaches the server before the browser greyed the button out.
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));

        assertThat(queue.ratingCalls()).hasSize(1);
        assertThat(isShown("rate-thanks")).isTrue();
    }

    @Test
    void aBadReviewMayLeaveAPhoneNumberAndShowsTheFollowUpsTrackingNumber() {
        TicketView ticket = aCompletedVisit();
        scannedAtTheRatingScreen(ticket);

        tap("rate-level-1");
        assertThat(textOf("rate-phone-box")).contains("留下电话以便回复").contains("Leave a phone number for our answer");
        type("rate-phone", "13800000000");
        tap("rate-reason-efficiency");
        tap("rate-submit");

        assertThat(queue.ratingCalls()).singleElement().isEqualTo(new RatingCall(ticket.id(),
                new RatingRequest(1, List.of("EFFICIENCY"), null, "KIOSK", "13800000000")));
        assertThat(textOf("rate-follow-up")).isEqualTo("FU-20251126-0001");
        assertThat(textOf("rate-follow-up-box")).contains("负责人跟进").contains("A manager will follow up");
    }

    @Test
    void aPhoneNumberTypedForABadReviewIsNotSentWithAGoodOne() {
        scannedAtTheRatingScreen(aCompletedVisit());

        tap("rate-level-2");
        type("rate-phone", "138");
        tap("rate-level-3");
        assertThat(isShown("rate-phone-box")).isFalse();
        tap("rate-submit");

        assertThat(queue.ratingCalls()).singleElement().satisfies(call -> assertThat(call.rating().contact()).isNull());
    }

    @Test
    void aVisitNotFinishedYetIsSaidPlainlyAndNothingIsSent() {
        scannedAtTheRatingScreen(aWaitingTicket());

        assertThat(textOf("rate-status")).contains("这次办事还没有办结")
                .contains("This visit is not finished yet");
        assertThat(isShown("rate-level-5")).isFalse();
        assertThat(isShown("rate-submit")).isFalse();
        assertThat(queue.ratingCalls()).isEmpty();
    }

    @Test
    void aVisitRatedBeforeIsSaidPlainlyAndNothingMoreIsSent() {
        TicketView ticket = aCompletedVisit();
        queue.rate(ticket.id(), RatingRequest.of(5, "WINDOW"));
        scannedAtTheRatingScreen(ticket);

        tap("rate-level-4");
        var submit = button("rate-submit");
        tap("rate-submit");

        assertThat(textOf("rate-status")).contains("这次办事已经评价过了").contains("This visit has already been rated");
        assertThat(isShown("rate-submit")).isFalse();
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));
        assertThat(queue.ratingCalls()).as("the window's rating and the refused one").hasSize(2);
    }

    @Test
    void aVisitTooLongAgoIsSaidPlainlyAndNothingMoreIsSent() {
        TicketView ticket = aCompletedVisit();
        clock.advance(Duration.ofDays(8));
        scannedAtTheRatingScreen(ticket);

        tap("rate-level-2");
        var submit = button("rate-submit");
        tap("rate-submit");

        assertThat(textOf("rate-status")).contains("超过7天").contains("can no longer be rated");
        assertThat(isShown("rate-done")).isFalse();
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));
        assertThat(queue.ratingCalls()).hasSize(1);
    }

    @Test
    void anUnknownTicketIsSaidPlainlyAndNothingIsSent() {
        navigate(RateVisitScreen.class);

        type("rate", "A123");
        tap("rate-find");

        assertThat(textOf("rate-status")).contains("今天没有这个号码").contains("No ticket with this number");
        assertThat(isShown("rate-form")).isFalse();
        assertThat(queue.ratingCalls()).isEmpty();
    }

    @Test
    void saysPlainlyWhenQueueServiceIsUnreachableAndLetsTheVisitorTryAgain() {
        scannedAtTheRatingScreen(aCompletedVisit());
        tap("rate-level-5");
        queue.unreachable(true);

        tap("rate-submit");
        assertThat(textOf("rate-status")).contains("暂时无法评价");
        assertThat(button("rate-submit").isEnabled()).isTrue();

        queue.unreachable(false);
        tap("rate-submit");
        assertThat(isShown("rate-thanks")).isTrue();
    }

    @Test
    void theThankYouGoesHomeAfterTheTicketScreenTime() {
        scannedAtTheRatingScreen(aCompletedVisit());
        tap("rate-level-5");
        tap("rate-submit");

        passTime(Duration.ofSeconds(19));
        assertThat(getCurrentView()).isInstanceOf(RateVisitScreen.class);
        assertThat(textOf("rate-countdown")).contains("1");

        passTime(Duration.ofSeconds(1));
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void anIdleVisitorAtTheFacesIsTakenHome() {
        scannedAtTheRatingScreen(aCompletedVisit());
        tap("rate-level-4");

        passTime(Duration.ofSeconds(60));

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(queue.ratingCalls()).isEmpty();
    }
}
