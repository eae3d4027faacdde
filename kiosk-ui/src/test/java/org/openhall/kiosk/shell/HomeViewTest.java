package org.openhall.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.ticket.ui.TakeTicketView;

class HomeViewTest extends KioskViewTest {

    @Test
    void showsTheHallsNameAndALargeTakeTicketTarget() {
        navigate(HomeView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("市民服务中心");
        assertThat(isShown("take-ticket")).isTrue();
        assertThat(textOf("take-ticket")).contains("取号").contains("Take a ticket");
        assertThat(isShown("home-trouble")).isFalse();
    }

    @Test
    void theTakeTicketTargetLeadsToTheChoiceOfService() {
        navigate(HomeView.class);

        tap("take-ticket");

        assertThat(getCurrentView()).isInstanceOf(TakeTicketView.class);
    }

    @Test
    void saysPlainlyThatTicketsAreUnavailableWhenQueueServiceIsUnreachable() {
        queue.unreachable(true);

        navigate(HomeView.class);

        assertThat(textOf("home-trouble")).contains("暂时无法取号，请稍候或咨询工作人员")
                .doesNotContain("Exception").doesNotContain("refused");
        assertThat(isShown("take-ticket")).isFalse();
        assertThat(isShown("home-retry")).isTrue();
    }

    @Test
    void theRetryShowsTheTakeTicketTargetOnceQueueServiceAnswersAgain() {
        queue.unreachable(true);
        navigate(HomeView.class);

        queue.unreachable(false);
        tap("home-retry");

        assertThat(isShown("take-ticket")).isTrue();
        assertThat(isShown("home-trouble")).isFalse();
    }

    @Test
    void checksAgainByItselfWhileQueueServiceIsUnreachable() {
        queue.unreachable(true);
        navigate(HomeView.class);
        queue.unreachable(false);

        passTime(Duration.ofSeconds(5));
        assertThat(isShown("take-ticket")).as("not yet due").isFalse();

        passTime(Duration.ofSeconds(10));
        assertThat(isShown("take-ticket")).isTrue();
    }

    @Test
    void showsTheTimeInTheHallsZone() {
        navigate(HomeView.class);
        ticker.tick();
        runUiTasks();

        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("kiosk-clock-time").single().getText())
                .isEqualTo("10:15");
    }

    @Test
    void anUnknownAddressLeadsHome() {
        navigate("no-such-screen", HomeView.class);

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
