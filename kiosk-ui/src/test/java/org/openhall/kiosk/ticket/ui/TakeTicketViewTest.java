package org.openhall.kiosk.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.IssueCall;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.shell.HomeView;

class TakeTicketViewTest extends KioskViewTest {

    private static final String COMPANY = "service-company-registration";
    private static final String INSURANCE = "service-social-insurance";

    @Test
    void showsEveryServiceAsATileGroupedByCategory() {
        navigate(TakeTicketView.class);

        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsExactly("企业服务", "社会保障", "综合");
        assertThat(textOf(COMPANY)).contains("A").contains("企业设立登记").contains("办理时限 1个工作日 · 收费 免费");
        assertThat($(ServiceTile.class).all()).hasSize(4);
    }

    @Test
    void choosingAServiceIssuesExactlyOneTicketAndShowsItsNumberAndPeopleAhead() {
        navigate(TakeTicketView.class);

        tap(COMPANY);

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).hasSize(1);
        assertThat(queue.issueCalls().getFirst().service()).isEqualTo("company-registration");
        assertThat(queue.issueCalls().getFirst().hall()).isEqualTo(FakeQueueApi.HALL);
        assertThat(textOf("ticket-number")).isEqualTo("A001");
        assertThat(textOf("ticket-service")).isEqualTo("企业设立登记");
        assertThat(textOf("ticket-ahead")).isEqualTo("前面还有 3 人");
        assertThat(textOf("ticket-wait")).isEqualTo("预计等候约 12 分钟");
    }

    @Test
    void disablesEveryTileWhileTheRequestRuns() {
        queue.hold();
        navigate(TakeTicketView.class);

        tap(COMPANY);

        assertThat($(ServiceTile.class).all()).allSatisfy(tile -> assertThat(tile.isEnabled()).isFalse());
        assertThat(button("back-home").isEnabled()).as("leaving would hide the ticket being issued").isFalse();
        assertThat(textOf("take-status")).contains("正在为您取号");
        queue.release();
        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
    }

    @Test
    void aDoubleTapIssuesOneTicket() {
        queue.hold();
        navigate(TakeTicketView.class);
        Button company = button(COMPANY);
        Button insurance = button(INSURANCE);

        tap(COMPANY);
        // Taps that reach the server in the same instant, before the browser greyed the tiles out.
        ComponentUtil.fireEvent(company, new ClickEvent<>(company));
        ComponentUtil.fireEvent(insurance, new ClickEvent<>(insurance));
        queue.release();

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).hasSize(1);
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void aRetryAfterALostAnswerReusesTheIdempotencyKeyAndGetsTheSameTicket() {
        queue.loseNextAnswer();
        navigate(TakeTicketView.class);

        tap(COMPANY);

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).hasSize(2)
                .extracting(IssueCall::idempotencyKey).containsOnly(queue.issueCalls().getFirst().idempotencyKey());
        assertThat(queue.issuedTickets()).hasSize(1);
        assertThat(textOf("ticket-number")).isEqualTo("A001");
    }

    @Test
    void tappingTheSameServiceAgainAfterNoAnswerAtAllStillSendsTheSameKey() {
        queue.failNextIssues(FakeQueueApi.noAnswer(), FakeQueueApi.noAnswer(), FakeQueueApi.noAnswer());
        navigate(TakeTicketView.class);

        tap(COMPANY);
        awaitUi(() -> assertThat(textOf("take-status")).contains("暂时无法取号，请稍候或咨询工作人员"));
        assertThat(queue.issueCalls()).as("the first request and two automatic retries").hasSize(3);
        assertThat(button(COMPANY).isEnabled()).isTrue();

        tap(COMPANY);
        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).hasSize(4).extracting(IssueCall::idempotencyKey).containsOnly(
                queue.issueCalls().getFirst().idempotencyKey());
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void aRefusalShowsAPlainSentenceInTheVisitorsLanguageAndNoTicket() {
        queue.failNextIssues(FakeQueueApi.refusal("quota-reached", "Daily quota of 80 reached for D"));
        navigate(TakeTicketView.class);

        tap(COMPANY);

        awaitUi(() -> assertThat(textOf("take-status")).isEqualTo("该事项今天的号已经发完。请明天再来，或咨询工作人员。"));
        assertThat(getCurrentView()).isInstanceOf(TakeTicketView.class);
        assertThat(queue.issuedTickets()).isEmpty();
        assertThat(queue.issueCalls()).as("a refusal is not retried").hasSize(1);
        assertThat(button(COMPANY).isEnabled()).isTrue();
    }

    @Test
    void aRefusalFollowsTheLanguageSwitch() {
        queue.failNextIssues(FakeQueueApi.refusal("hall-closed", "Closed until 13:30"));
        navigate(TakeTicketView.class);
        tap(COMPANY);
        awaitUi(() -> assertThat(textOf("take-status")).startsWith("现在不是办公时间"));

        tap("language-switch");

        assertThat(textOf("take-status"))
                .isEqualTo("The hall is closed now, so no tickets can be taken. Please come back during opening hours.");
    }

    @Test
    void aRefusalWithAnUnknownCodeShowsTheGenericSentenceWithTheServersDetail() {
        queue.failNextIssues(FakeQueueApi.refusal("something-new", "Window maintenance until 11:00"));
        navigate(TakeTicketView.class);

        tap(COMPANY);

        awaitUi(() -> assertThat(textOf("take-status"))
                .isEqualTo("暂时无法为您取号，请咨询工作人员。（Window maintenance until 11:00）"));
        assertThat(queue.issuedTickets()).isEmpty();
    }

    @Test
    void aTapAfterARefusalIsANewAttemptWithANewKey() {
        queue.failNextIssues(FakeQueueApi.refusal("duplicate-ticket", "Already has B003"));
        navigate(TakeTicketView.class);
        tap(COMPANY);
        awaitUi(() -> assertThat(textOf("take-status")).contains("不用再取"));

        tap(COMPANY);

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).extracting(IssueCall::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void saysPlainlyWhenTheServicesCannotBeListed() {
        queue.unreachable(true);

        navigate(TakeTicketView.class);

        assertThat(textOf("take-status")).isEqualTo("暂时无法取号，请稍候或咨询工作人员");
        assertThat(isShown("take-retry")).isTrue();
        assertThat($(ServiceTile.class).all()).isEmpty();
    }

    @Test
    void goesHomeInTheDefaultLanguageWhenNobodyTapsForAMinute() {
        navigate(TakeTicketView.class);
        tap("language-switch");

        passTime(Duration.ofSeconds(59));
        assertThat(getCurrentView()).isInstanceOf(TakeTicketView.class);

        passTime(Duration.ofSeconds(1));
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getLocale())
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theBackButtonLeadsHome() {
        navigate(TakeTicketView.class);

        tap("back-home");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
