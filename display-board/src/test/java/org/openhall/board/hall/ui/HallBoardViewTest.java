package org.openhall.board.hall.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.recalled;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.client.api.HallEvent.TICKET_CALLED;
import static org.openhall.client.api.HallEvent.TICKET_ISSUED;
import static org.openhall.client.api.HallEvent.TICKET_RECALLED;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openhall.board.Stats;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.LocalizedText;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueConfiguration;
import org.openhall.board.MutableClock;
import org.openhall.client.api.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The hall board in a mock browser session, fed by in-memory fakes of queue-service. Each test uses
 * a hall of its own, because the feeds live as long as the shared application context.
 */
@SpringBootTest(properties = {
        "openhall.board.halls=calls,banner,recall,clock,speech,window,pause,strip,clerk",
        "openhall.board.highlight=10s",
        "openhall.board.reconnect-initial-delay=20ms",
        "openhall.board.reconnect-max-delay=100ms"})
@Import(FakeQueueConfiguration.class)
@ViewPackages(classes = HallBoardView.class)
class HallBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeQueueApi queue;

    @Autowired
    FakeHallEventStream events;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void nineInTheMorning() {
        clock.set(NINE_AM);
    }

    @Test
    void showsTheSnapshotsCallsThenAPushedCallWithItsWindow() {
        TicketView a1 = calledTo(waiting("calls", "A001"), 3, NINE_AM.minusSeconds(600));
        TicketView b1 = calledTo(waiting("calls", "B001"), 1, NINE_AM.minusSeconds(900));
        queue.serve(snapshot("calls", 40, List.of(a1, b1), List.of(a1, b1), 5, 2));

        HallBoardView board = navigate("hall/calls", HallBoardView.class);

        eventually(() -> assertThat(calls(board)).containsExactly("A001 → 3", "B001 → 1"));
        assertThat(board.waiting().shown()).containsValues(5, 2);
        assertThat(board.banner().isVisible()).isFalse();
        assertThat(board.currentCalls().rows()).noneMatch(CallRow::isFresh);

        events.emit(event(41, TICKET_CALLED, calledTo(waiting("calls", "A002"), 7, NINE_AM)));

        eventually(() -> assertThat(calls(board)).containsExactly("A002 → 7", "A001 → 3", "B001 → 1"));
        assertThat(board.currentCalls().rows().getFirst().isFresh()).isTrue();
        assertThat(board.waiting().shown()).containsValues(4, 2);
    }

    @Test
    void showsTheConnectionLostBannerWhenTheFeedSaysSoAndHidesItWhenItIsBack() {
        queue.serve(snapshot("banner", 10, List.of(), List.of(), 0, 0));
        HallBoardView board = navigate("hall/banner", HallBoardView.class);
        eventually(() -> assertThat(board.banner().isVisible()).isFalse());

        events.disconnect("banner");

        eventually(() -> assertThat(board.banner().text()).isEqualTo("连接中断，正在重连… / Connection lost, reconnecting…"));
        assertThat(board.hasClassName("stale")).as("what it shows is dimmed as possibly out of date").isTrue();

        events.connect("banner");
        events.emit(event(11, TICKET_ISSUED, waiting("banner", "A001")));

        eventually(() -> assertThat(board.banner().isVisible()).isFalse());
        assertThat(board.hasClassName("stale")).isFalse();
        assertThat(board.waiting().shown()).containsValues(1, 0);
    }

    @Test
    void highlightsARecallAndLetsTheHighlightFadeAfterItsTime() {
        TicketView a1 = calledTo(waiting("recall", "A001"), 3, NINE_AM.minusSeconds(600));
        queue.serve(snapshot("recall", 20, List.of(a1), List.of(a1), 0, 0));
        HallBoardView board = navigate("hall/recall", HallBoardView.class);
        eventually(() -> assertThat(calls(board)).containsExactly("A001 → 3"));
        assertThat(board.currentCalls().rows().getFirst().isFresh()).isFalse();

        events.emit(event(21, TICKET_RECALLED, recalled(a1, NINE_AM)));

        eventually(() -> assertThat(board.currentCalls().rows().getFirst().isFresh()).isTrue());

        clock.advance(Duration.ofSeconds(11));

        eventually(() -> assertThat(board.currentCalls().rows().getFirst().isFresh()).isFalse());
    }

    @Test
    void showsTheHallsNameAndItsLocalTime() {
        queue.serve(snapshot("clock", 1, List.of(), List.of(), 0, 0));

        HallBoardView board = navigate("hall/clock", HallBoardView.class);

        // 01:00 UTC is 09:00 in Shanghai, the hall's zone.
        eventually(() -> assertThat(board.header().time()).isEqualTo("09:00"));
        assertThat(board.getPageTitle()).startsWith("市民中心政务服务大厅");
    }

    @Test
    void theRootShowsTheConfiguredHall() {
        HallBoardView board = navigate("", HallBoardView.class);

        eventually(() -> assertThat(board.currentCalls().getElement().getTextRecursively()).contains("暂无叫号"));
        assertThat(board.showsUnknownHall()).isFalse();
    }

    @Test
    void saysSoForAHallThisBoardDoesNotServe() {
        HallBoardView board = navigate("hall/elsewhere", HallBoardView.class);

        assertThat(board.showsUnknownHall()).isTrue();
        assertThat(events.subscriptions("elsewhere")).isEmpty();
    }

    @Test
    void showsEveryOneOfEightServicesWholeWithItsCountAndWaitInTwoRows() throws IOException {
        List<HallSnapshot.ServiceQueue> queues = new ArrayList<>();
        for (int i = 0; i < Stats.DEMO_SERVICES.size(); i++) {
            String[] s = Stats.DEMO_SERVICES.get(i);
            queues.add(new HallSnapshot.ServiceQueue(s[0], s[1], LocalizedText.of(s[2], s[3]), i, null,
                    i == 0 ? null : Duration.ofMinutes(4L * i)));
        }
        List<TicketView> calls = List.of(calledTo(waiting("strip", "A012"), 3, NINE_AM.minusSeconds(30)),
                calledTo(waiting("strip", "B007"), 1, NINE_AM.minusSeconds(200)),
                calledTo(waiting("strip", "A011"), 7, NINE_AM.minusSeconds(400)));
        queue.serve(new HallSnapshot("strip", 5, NINE_AM, calls, calls, queues, List.of()));

        HallBoardView board = navigate("hall/strip", HallBoardView.class);

        eventually(() -> assertThat(board.waiting().tiles()).hasSize(8));
        assertThat(board.waiting().columns()).as("two rows of four").isEqualTo(4);
        List<Div> tiles = board.waiting().tiles();
        for (int i = 0; i < 8; i++) {
            String[] service = Stats.DEMO_SERVICES.get(i);
            Div tile = tiles.get(i);
            Div name = (Div) tile.getChildren().filter(c -> c.hasClassName("waiting-name")).findFirst().orElseThrow();
            assertThat(name.hasClassName(WaitingStrip.WRAPPING)).isTrue();
            assertThat(name.getChildren().map(c -> ((Span) c).getText()).toList())
                    .as("the whole name in both languages").containsExactly(service[2], service[3]);
            assertThat(tile.getElement().getTextRecursively()).contains(Integer.toString(i));
        }
        assertThat(tiles.get(3).getElement().getTextRecursively()).isEqualTo("D不动产转移登记Property transfer registration3约 12 分钟about 12 min");
        assertThat(tiles.get(0).getElement().getTextRecursively()).endsWith("0无需等候No wait");
        // And the stylesheet never cuts a name short.
        String css = new String(Objects.requireNonNull(getClass().getResourceAsStream("/META-INF/resources/styles/board.css"))
                .readAllBytes(), StandardCharsets.UTF_8);
        Matcher rules = Pattern.compile("([^{}]*waiting-(?:name|tile)[^{}]*)\\{([^}]*)}").matcher(css);
        int checked = 0;
        while (rules.find()) {
            checked++;
            assertThat(rules.group(2)).as(rules.group(1).strip())
                    .doesNotContain("ellipsis", "line-clamp", "nowrap");
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
        writePreview(board, "board.html");
    }

    /** Writes the board as a static page under target/screens, to look at in a browser. */
    private static void writePreview(HallBoardView board, String file) throws IOException {
        descendants(board.getElement()).filter(e -> !e.isTextNode() && !e.isVisible())
                .forEach(e -> e.setAttribute("hidden", ""));
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        Path css = Path.of("src/main/resources/META-INF/resources/styles/board.css").toAbsolutePath();
        Files.writeString(dir.resolve(file), "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<link rel=\"stylesheet\" href=\"" + css.toUri() + "\"></head><body>"
                + board.getElement().getOuterHTML() + "</body></html>");
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(HallBoardViewTest::descendants));
    }

    private static List<String> calls(HallBoardView board) {
        return board.currentCalls().rows().stream().map(row -> row.ticket() + " → " + row.windowNumber()).toList();
    }

    /** Waits until the assertion holds, running the UI updates the feed has queued meanwhile. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    VaadinSession session = VaadinSession.getCurrent();
                    session.getService().runPendingAccessTasks(session);
                    assertion.run();
                });
    }
}
