package org.openhall.board.rating.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.in;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.client.api.HallEvent.TICKET_COMPLETED;
import static org.openhall.client.api.HallEvent.TICKET_STARTED;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueApi.SentRating;
import org.openhall.board.FakeQueueConfiguration;
import org.openhall.board.ManualScheduler;
import org.openhall.board.MutableClock;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The window's rating screen in a mock browser session, fed by in-memory fakes of queue-service, on
 * a scheduler the test moves by hand so that timeouts are exact. Each test has a hall of its own
 * (windows 1, 3 and 7, open) because the feeds live as long as the context.
 */
@SpringBootTest(properties = {
        "openhall.board.halls=r-ask,r-send,r-bad,r-again,r-time,r-html,r-refused",
        "openhall.board.rating.timeout=2m",
        "openhall.board.rating.thanks=10s"})
@Import({FakeQueueConfiguration.class, RatingScreenViewTest.ManualTime.class})
@ViewPackages(classes = RatingScreenView.class)
class RatingScreenViewTest extends SpringBrowserlessTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ManualTime {

        @Bean
        @Primary
        ManualScheduler manualScheduler(MutableClock clock) {
            return new ManualScheduler(clock);
        }
    }

    private static final AtomicLong EVENT_IDS = new AtomicLong(100);

    @Autowired
    FakeQueueApi queue;

    @Autowired
    FakeHallEventStream events;

    @Autowired
    ManualScheduler scheduler;

    @AfterEach
    void acceptRatingsAgain() {
        queue.refuseRatings(null);
    }

    @Test
    void aCompletionAtTheWindowAsksForThatTicketsRatingAndOneElsewhereDoesNot() {
        RatingScreenView screen = open("r-ask", 3);
        assertThat(screen.windowNumber()).isEqualTo("3");
        assertThat(text(screen)).contains("请在办结后为本次服务评价", "Please rate our service when your visit is done");

        complete("r-ask", "B007", 7);
        events.emit(event(EVENT_IDS.incrementAndGet(), TICKET_STARTED,
                in(calledTo(waiting("r-ask", "A022"), 3, NINE_AM), TicketStatus.SERVING)));
        assertThat(screen.stage()).as("a completion at window 7, a start at window 3").isEqualTo("idle");

        complete("r-ask", "A023", 3);

        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));
        assertThat(screen.prompt()).isEqualTo("请为 A023 号的服务评价 / How was your visit, ticket A023?");
        assertThat(text(screen.face(5))).isEqualTo("😄非常满意Very satisfied");
        assertThat(text(screen.face(1))).isEqualTo("😣非常不满意Very dissatisfied");
        assertThat(test(screen.addDetails()).isUsable()).isTrue();

        complete("r-ask", "A024", 3);
        eventually(() -> assertThat(screen.prompt()).startsWith("请为 A024 号的服务评价"));
    }

    @Test
    void oneTapOnAGoodFaceSendsOneRatingAtOnce() {
        RatingScreenView screen = open("r-send", 1);
        TicketView ticket = complete("r-send", "A031", 1);
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));

        test(screen.face(5)).click();

        assertThat(sentFor(ticket)).singleElement().satisfies(sent -> {
            assertThat(sent.ticketId()).isEqualTo(ticket.id());
            assertThat(sent.request().level()).isEqualTo(5);
            assertThat(sent.request().channel()).isEqualTo("WINDOW");
            assertThat(sent.request().reasons()).isEmpty();
        });
        assertThat(screen.stage()).isEqualTo("done");
        assertThat(screen.done()).isEqualTo("谢谢您的评价Thank you for your rating");
        assertThat(test(screen.face(5)).isUsable()).as("a second tap reaches nothing").isFalse();

        scheduler.advance(Duration.ofSeconds(10));
        eventually(() -> assertThat(screen.stage()).isEqualTo("idle"));
        assertThat(sentFor(ticket)).hasSize(1);
    }

    @Test
    void addDetailsThenAFaceReasonsAndSubmitSendsExactlyOneRatingWithThem() {
        RatingScreenView screen = open("r-send", 3);
        TicketView ticket = complete("r-send", "A032", 3);
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));

        test(screen.addDetails()).click();
        assertThat(screen.stage()).isEqualTo("details");
        assertThat(test(screen.submit()).isUsable()).as("no face chosen yet").isFalse();
        test(screen.face(4)).click();
        test(screen.reason("ATTITUDE")).click();
        test(screen.reason("QUALITY")).click();
        test(screen.reason("INTEGRITY")).click();
        test(screen.reason("INTEGRITY")).click();
        assertThat(screen.showsContact()).as("only for a bad review").isFalse();
        test(screen.comment()).setValue("  很耐心  ");
        test(screen.submit()).click();

        assertThat(sentFor(ticket)).singleElement().satisfies(rating -> {
            assertThat(rating.request().level()).isEqualTo(4);
            assertThat(rating.request().reasons()).containsExactly("ATTITUDE", "QUALITY");
            assertThat(rating.request().comment()).isEqualTo("很耐心");
            assertThat(rating.request().channel()).isEqualTo("WINDOW");
            assertThat(rating.request().contact()).isNull();
        });
        assertThat(test(screen.submit()).isUsable()).as("a double tap sends nothing more").isFalse();
        assertThat(screen.done()).startsWith("谢谢您的评价");
    }

    @Test
    void aBadReviewAsksForDetailsAndAContactThenShowsTheFollowUpNumber() {
        RatingScreenView screen = open("r-bad", 7);
        TicketView ticket = complete("r-bad", "B012", 7);
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));

        test(screen.face(2)).click();

        assertThat(sentFor(ticket)).as("a bad face alone sends nothing").isEmpty();
        assertThat(screen.stage()).isEqualTo("details");
        assertThat(screen.showsContact()).isTrue();
        test(screen.reason("EFFICIENCY")).click();
        test(screen.contact()).setValue("13800000000");
        test(screen.submit()).click();

        SentRating sent = sentFor(ticket).getFirst();
        assertThat(sent.request().level()).isEqualTo(2);
        assertThat(sent.request().reasons()).containsExactly("EFFICIENCY");
        assertThat(sent.request().contact()).isEqualTo("13800000000");
        assertThat(screen.done()).startsWith("谢谢您的评价Thank you for your rating跟进编号 FU-20260302-")
                .contains("负责人将在规定时限内核实处理并答复您",
                        "A manager will look into it and answer you within the set deadline");
    }

    @Test
    void aTicketRatedElsewhereAlreadyGetsThanksAndNoSecondRating() {
        RatingScreenView screen = open("r-again", 3);
        TicketView ticket = complete("r-again", "A041", 3);
        queue.rate(ticket.id(), RatingRequest.of(5, "WEB"));
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));

        test(screen.face(4)).click();

        assertThat(screen.done()).isEqualTo("已评价，谢谢Already rated, thank you");
        scheduler.advance(Duration.ofSeconds(10));
        eventually(() -> assertThat(screen.stage()).isEqualTo("idle"));
    }

    @Test
    void aClosedRatingSaysSoAndAnUnreachableServiceLetsTheVisitorTryAgain() {
        RatingScreenView screen = open("r-refused", 1);
        complete("r-refused", "A051", 1);
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));
        queue.refuseRatings(new QueueUnavailableException("down", new IOException()));

        test(screen.face(5)).click();

        assertThat(screen.stage()).isEqualTo("details");
        assertThat(screen.problem()).isEqualTo("暂时无法提交，请稍后再试Could not send your rating. Please try again.");
        assertThat(test(screen.submit()).isUsable()).isTrue();

        queue.refuseRatings(FakeQueueApi.ratingProblem(409, "rating-closed"));
        test(screen.submit()).click();
        assertThat(screen.done()).isEqualTo("本次服务的评价已截止Rating for this visit has closed");
    }

    @Test
    void withNobodyRatingTheQuestionGoesBackToIdleAfterTheTimeout() {
        RatingScreenView screen = open("r-time", 3);
        TicketView ticket = complete("r-time", "A061", 3);
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));

        scheduler.advance(Duration.ofSeconds(119));
        runPendingAccessTasks();
        assertThat(screen.stage()).isEqualTo("ask");

        test(screen.addDetails()).click();
        scheduler.advance(Duration.ofSeconds(119));
        runPendingAccessTasks();
        assertThat(screen.stage()).as("a touch gives the visitor the full time again").isEqualTo("details");

        scheduler.advance(Duration.ofSeconds(2));
        eventually(() -> assertThat(screen.stage()).isEqualTo("idle"));
        assertThat(screen.prompt()).isEmpty();
        assertThat(sentFor(ticket)).isEmpty();
    }

    @Test
    void htmlInACommentIsSentAsTextAndNeverRendered() {
        RatingScreenView screen = open("r-html", 3);
        TicketView ticket = complete("r-html", "A071", 3);
        eventually(() -> assertThat(screen.stage()).isEqualTo("ask"));
        String html = "<b>slow</b><img src=x onerror=alert(1)><script>alert(2)</script>";

        test(screen.face(1)).click();
        test(screen.comment()).setValue(html);
        test(screen.submit()).click();

        SentRating sent = sentFor(ticket).getFirst();
        assertThat(sent.request().comment()).isEqualTo(html);
        assertThat(tags(screen.getElement())).doesNotContain("b", "img", "script");
    }

    /** Opens the screen of a window in a hall of the test's own, once its feed follows the hall. */
    private RatingScreenView open(String hall, int window) {
        queue.serve(snapshot(hall, 10, List.of(), List.of(), 0, 0));
        // The feed's first attempts may have failed before the snapshot was served: let its retries run.
        scheduler.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> !events.subscriptions(hall).isEmpty());
        RatingScreenView screen = navigate("hall/" + hall + "/window/" + window + "/rate", RatingScreenView.class);
        runPendingAccessTasks();
        assertThat(screen.stage()).isEqualTo("idle");
        assertThat(screen.message()).isEmpty();
        return screen;
    }

    /** The window completes a ticket; the event reaches the screen through the hall's feed. */
    private TicketView complete(String hall, String number, int window) {
        TicketView done = in(calledTo(waiting(hall, number), window, NINE_AM), TicketStatus.DONE);
        events.emit(event(EVENT_IDS.incrementAndGet(), TICKET_COMPLETED, done));
        return done;
    }

    private List<SentRating> sentFor(TicketView ticket) {
        return queue.sentRatings().stream().filter(r -> r.ticketId().equals(ticket.id())).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> tags(Element element) {
        List<String> tags = new ArrayList<>();
        if (element.isTextNode()) {
            return tags;
        }
        tags.add(element.getTag());
        element.getChildren().forEach(child -> tags.addAll(tags(child)));
        return tags;
    }

    private static void runPendingAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    runPendingAccessTasks();
                    assertion.run();
                });
    }
}
