package org.openhall.queue.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.TicketView;
import org.openhall.queue.rating.Ratings;
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
class TicketStatusRatingTest extends SpringBrowserlessTest {

    @Autowired
    TestHalls halls;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Autowired
    Ratings ratings;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TicketView ticket(boolean completed) {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 5, Map.of("a", 1.0));
        TicketView ticket = issuing.issue(hall, IssueTicketRequest.walkIn("a"), null).ticket();
        if (completed) {
            desk.call(window, ticket.id());
            desk.start(ticket.id());
            desk.complete(ticket.id());
        }
        return ticket;
    }

    private boolean shown(String id) {
        return $(Component.class).withId(id).exists();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void aWaitingTicketOffersNoRating() {
        TicketView waiting = ticket(false);
        navigate("t/" + waiting.id(), TicketStatusView.class);
        assertThat(shown("rating")).isFalse();
        assertThat(shown("rate-5")).isFalse();
        assertThat($(Anchor.class).id("ticket-hall").getHref()).as("the whole queue while waiting")
                .isEqualTo("hall/" + waiting.hall());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVisitorRatesTheirCompletedVisitOnceAndABadReviewGetsItsTrackingNumber() {
        TicketView done = ticket(true);
        navigate("t/" + done.id(), TicketStatusView.class);
        for (int level = 1; level <= 5; level++) {
            assertThat(shown("rate-" + level)).as("face " + level).isTrue();
        }
        assertThat(text("rate-1")).contains("😠").containsAnyOf("Very dissatisfied", "非常不满意");
        assertThat(text("rate-1")).contains("Very dissatisfied", "非常不满意");

        test($(Button.class).id("rate-2")).click();
        assertThat(shown("rate-contact")).as("a bad review asks where to answer").isTrue();
        $(CheckboxGroup.class).id("rate-reasons").setValue(Set.of("EFFICIENCY"));
        $(TextArea.class).id("rate-comment").setValue("等了很久才叫号");
        $(TextField.class).id("rate-contact").setValue("13600000000");
        test($(Button.class).id("rate-send")).click();

        assertThat(shown("rate-thanks")).isTrue();
        RatingView rating = ratings.find(done.id()).orElseThrow();
        assertThat(rating.level()).isEqualTo(2);
        assertThat(rating.channel()).isEqualTo("WEB");
        assertThat(rating.reasons()).containsExactly("EFFICIENCY");
        assertThat(rating.comment()).isEqualTo("等了很久才叫号");
        assertThat(rating.followUp()).startsWith("FU-");
        assertThat(text("rate-follow-up")).contains(rating.followUp());

        navigate("t/" + done.id(), TicketStatusView.class);
        assertThat(shown("rate-already")).as("a second visit").isTrue();
        assertThat(shown("rate-5")).isFalse();
        assertThat(text("rate-follow-up")).contains(rating.followUp());
    }

    @Test
    void aGoodReviewAsksNoContactAndAClosedRatingSaysSo() {
        TicketView done = ticket(true);
        navigate("t/" + done.id(), TicketStatusView.class);
        test($(Button.class).id("rate-5")).click();
        assertThat(shown("rate-contact")).isFalse();
        test($(Button.class).id("rate-send")).click();
        assertThat(shown("rate-thanks")).isTrue();
        assertThat(shown("rate-follow-up")).isFalse();
        assertThat(ratings.find(done.id()).orElseThrow().level()).isEqualTo(5);

        TicketView late = ticket(true);
        navigate("t/" + late.id(), TicketStatusView.class);
        clock.advance(Duration.ofDays(8));
        test($(Button.class).id("rate-4")).click();
        test($(Button.class).id("rate-send")).click();
        assertThat(shown("rate-closed")).isTrue();
        assertThat(ratings.find(late.id())).isEmpty();
    }
}
