package org.openhall.queue.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.TestClock;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class WindowDeskViewTest extends SpringBrowserlessTest {

    @Autowired
    TestHalls halls;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<TicketView> queue() {
        return $(Grid.class).id("queue");
    }

    @Test
    void aClerkCallsServesAndCompletesTheNextVisitor() {
        String hall = halls.create("A", "B");
        long window = halls.openWindow(hall, 3, Map.of("a", 1.0));
        TicketView first = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        issuing.issue(hall, IssueTicketRequest.walkIn("a"), null);
        issuing.issue(hall, IssueTicketRequest.walkIn("b"), null);

        navigate("staff/window/" + window, WindowDeskView.class);
        assertThat(queue().getGenericDataView().getItems().map(TicketView::number))
                .as("only what this window serves, in call order").containsExactly("A001", "A002");
        assertThat($(Button.class).id("complete").isEnabled()).isFalse();

        test($(Button.class).id("call-next")).click();
        assertThat(text("current-number")).isEqualTo(first.number());
        assertThat(desk.ticket(first.id()).status()).isEqualTo(TicketStatus.CALLED);
        assertThat($(Button.class).id("call-next").isEnabled()).as("one visitor at a time").isFalse();

        test($(Button.class).id("recall")).click();
        assertThat(desk.ticket(first.id()).callCount()).isEqualTo(2);
        test($(Button.class).id("start")).click();
        test($(Button.class).id("complete")).click();
        assertThat(desk.ticket(first.id()).status()).isEqualTo(TicketStatus.DONE);
        assertThat(queue().getGenericDataView().getItems().map(TicketView::number)).containsExactly("A002");
        assertThat($(Button.class).id("call-next").isEnabled()).isTrue();
    }

    @Test
    void aNoShowLeavesTheWindowFreeForTheNext() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        TicketView ticket = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        navigate("staff/window/" + window, WindowDeskView.class);
        test($(Button.class).id("call-next")).click();
        test($(Button.class).id("no-show")).click();
        assertThat(desk.ticket(ticket.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(text("current")).doesNotContain(ticket.number());
    }

    @Test
    void theWindowListOffersEveryWindowOfTheHall() {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 42, Map.of("a", 1.0));
        navigate(WindowChooserView.class);
        Button tile = $(Button.class).id("window-" + window);
        assertThat(tile.getElement().getTextRecursively()).contains("42");
        test(tile).click();
        assertThat(getCurrentView()).isInstanceOf(WindowDeskView.class);
    }
}
