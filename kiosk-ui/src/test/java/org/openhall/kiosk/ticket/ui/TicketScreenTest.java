package org.openhall.kiosk.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.shell.HomeView;

class TicketScreenTest extends KioskViewTest {

    private void takeATicket() {
        navigate(TakeTicketView.class);
        tap("service-social-insurance");
        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
    }

    @Test
    void showsThePrintedSlip() {
        takeATicket();

        assertThat($(Image.class).id("slip-image").getSrc()).isNotBlank();
        assertThat(isShown("print-notice")).isFalse();
    }

    @Test
    void aTicketThatFailsToPrintIsStillShownWithItsNumberAndAQrCode() {
        printer.jammed(true);

        takeATicket();

        assertThat(textOf("ticket-number")).isEqualTo("B001");
        assertThat(textOf("print-notice")).startsWith("小票没有打印出来");
        assertThat($(Image.class).id("status-qr").getSrc()).isNotBlank();
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void leavesOutTheEstimatedWaitWhenThereIsNone() {
        queue.queueAhead(0, null);

        takeATicket();

        assertThat(textOf("ticket-ahead")).isEqualTo("您是下一位");
        assertThat(isShown("ticket-wait")).isFalse();
    }

    @Test
    void countsDownVisiblyAndThenGoesHomeInTheDefaultLanguage() {
        takeATicket();
        tap("language-switch");
        assertThat(textOf("ticket-countdown")).isEqualTo("Back to the start in 20 seconds");

        passTime(Duration.ofSeconds(5));
        assertThat(textOf("ticket-countdown")).isEqualTo("Back to the start in 15 seconds");

        passTime(Duration.ofSeconds(15));
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void doneGoesHomeAtOnce() {
        takeATicket();

        tap("ticket-done");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aTicketOpenedByItsAddressIsFetchedFromQueueService() {
        takeATicket();
        String id = queue.issuedTickets().getFirst().id();
        UI.getCurrent().navigate(HomeView.class);
        com.vaadin.flow.component.ComponentUtil.setData(UI.getCurrent(), org.openhall.kiosk.ticket.IssuedTicket.class,
                null);

        navigate(TicketScreen.class, id);

        assertThat(textOf("ticket-number")).isEqualTo("B001");
        assertThat($(Image.class).id("status-qr").getSrc()).isNotBlank();
    }

    @Test
    void anUnknownTicketLeadsHome() {
        UI.getCurrent().navigate(TicketScreen.class, "no-such-ticket");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
