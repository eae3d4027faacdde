package org.openhall.board.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.recalled;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.client.api.HallEvent.TICKET_CALLED;
import static org.openhall.client.api.HallEvent.TICKET_RECALLED;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueConfiguration;
import org.openhall.board.hall.ui.HallBoardView;
import org.openhall.client.api.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The hall board's voice in a mock browser: what the page is asked to run when calls arrive. The
 * pending JavaScript of the UI is what a real browser would receive with the next response.
 */
@SpringBootTest(properties = {
        "openhall.board.halls=calls,banner,recall,clock,speech,window,pause",
        "openhall.board.highlight=10s",
        "openhall.board.reconnect-initial-delay=20ms",
        "openhall.board.reconnect-max-delay=100ms"})
@Import(FakeQueueConfiguration.class)
@ViewPackages(classes = HallBoardView.class)
class SpeechControlTest extends SpringBrowserlessTest {

    @Autowired
    FakeQueueApi queue;

    @Autowired
    FakeHallEventStream events;

    @Test
    void aPushedCallIsEnqueuedInThePagesPlayerAndTheCallsOfTheSnapshotAreNot() {
        TicketView a1 = calledTo(waiting("speech", "A001"), 3, NINE_AM.minusSeconds(5));
        queue.serve(snapshot("speech", 30, List.of(a1), List.of(a1), 0, 0));
        HallBoardView board = navigate("hall/speech", HallBoardView.class);
        UI ui = UI.getCurrent();
        List<String> script = new ArrayList<>();
        eventually(() -> {
            script.addAll(expressions(sentToBrowser(ui)));
            assertThat(script).anyMatch(js -> js.contains("window.openhallSpeech = (function"));
            assertThat(board.getElement().getTextRecursively()).as("the snapshot is shown").contains("A001");
        });
        assertThat(script).as("the snapshot's call was made before the screen opened").noneMatch(
                js -> js.equals(SpeechControl.ENQUEUE));

        events.emit(event(31, TICKET_CALLED, calledTo(waiting("speech", "A002"), 7, NINE_AM)));
        events.emit(event(32, TICKET_RECALLED, recalled(a1, NINE_AM)));

        List<JsonNode> enqueued = new ArrayList<>();
        eventually(() -> {
            enqueued.addAll(enqueued(sentToBrowser(ui)));
            assertThat(enqueued).hasSize(2);
        });
        assertThat(enqueued.get(0).get("ticket").asString()).isEqualTo("A002");
        assertThat(enqueued.get(0).get("utterances").get(0).get("text").asString()).isEqualTo("请 A零零二 号到 7 号窗口办理");
        assertThat(enqueued.get(0).get("utterances").get(1).get("text").asString())
                .isEqualTo("Ticket A 0 0 2, please go to window 7");
        assertThat(enqueued.get(1).get("ticket").asString()).isEqualTo("A001");
        assertThat(enqueued.get(1).get("recall").asBoolean()).isTrue();
    }

    @Test
    void asksForATapUntilThePageSaysItMayPlaySound() {
        navigate("hall/speech", HallBoardView.class);
        SpeechControl speech = $(SpeechControl.class).single();

        assertThat(speech.asksForSound()).isTrue();

        speech.audioState(true);

        assertThat(speech.asksForSound()).isFalse();
        assertThat(speech.audioReady()).isTrue();
    }

    /**
     * The JavaScript the next response would carry. Element-bound calls are added just before a
     * response is written, so that step runs first, as it would in a real request.
     */
    private static List<PendingJavaScriptInvocation> sentToBrowser(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    /** Each enqueued announcement, in the order the page gets them. */
    private static List<JsonNode> enqueued(List<PendingJavaScriptInvocation> invocations) {
        List<JsonNode> items = new ArrayList<>();
        for (PendingJavaScriptInvocation invocation : invocations) {
            if (invocation.getInvocation().getExpression().equals(SpeechControl.ENQUEUE)) {
                ((JsonNode) invocation.getInvocation().getParameters().getFirst()).forEach(items::add);
            }
        }
        return items;
    }

    private static List<String> expressions(List<PendingJavaScriptInvocation> invocations) {
        return invocations.stream().map(i -> i.getInvocation().getExpression()).toList();
    }

    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    VaadinSession session = VaadinSession.getCurrent();
                    session.getService().runPendingAccessTasks(session);
                    assertion.run();
                });
    }
}
