package org.openhall.board.window.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.heldBy;
import static org.openhall.board.Tickets.in;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.board.Tickets.window;
import static org.openhall.client.api.HallEvent.TICKET_CALLED;
import static org.openhall.client.api.HallEvent.TICKET_STARTED;
import static org.openhall.board.Tickets.withClerk;
import static org.openhall.client.api.HallEvent.WINDOW_CLOSED;
import static org.openhall.client.api.HallEvent.WINDOW_OPENED;
import static org.openhall.client.api.HallEvent.WINDOW_PAUSED;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueConfiguration;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The window screen in a mock browser session, fed by in-memory fakes of queue-service: the snapshot
 * has windows 1, 3 and 7, open. Same settings as the hall board's tests, so the context is shared.
 */
@SpringBootTest(properties = {
        "openhall.board.halls=calls,banner,recall,clock,speech,window,pause,strip,clerk",
        "openhall.board.highlight=10s",
        "openhall.board.reconnect-initial-delay=20ms",
        "openhall.board.reconnect-max-delay=100ms"})
@Import(FakeQueueConfiguration.class)
@ViewPackages(classes = WindowScreenView.class)
class WindowScreenViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeQueueApi queue;

    @Autowired
    FakeHallEventStream events;

    @Autowired
    HallFeeds feeds;

    @Test
    void showsTheTicketItHoldsThenAPushedCall() {
        TicketView a1 = in(calledTo(waiting("window", "A001"), 3, NINE_AM.minusSeconds(300)), TicketStatus.SERVING);
        TicketView b1 = calledTo(waiting("window", "B001"), 1, NINE_AM.minusSeconds(60));
        queue.serve(snapshot("window", 50, List.of(b1, a1), List.of(b1, a1), 2, 0));

        WindowScreenView screen = navigate("hall/window/window/3", WindowScreenView.class);

        eventually(() -> assertThat(screen.ticket()).isEqualTo("A001"));
        assertThat(screen.windowNumber()).isEqualTo("3");
        assertThat(screen.status()).isEqualTo("正在办理 / Now serving");
        assertThat(screen.detail()).isEqualTo("正在办理 A001 号 / Now serving A001");
        assertThat(screen.showsStaff()).as("nobody is signed in at window 3").isFalse();

        events.emit(event(51, TICKET_CALLED, heldBy(calledTo(waiting("window", "A023"), 3, NINE_AM), "张*")));

        eventually(() -> assertThat(screen.ticket()).isEqualTo("A023"));
        assertThat(screen.status()).isEqualTo("请 A023 号办理 / Now calling A023");
        assertThat(screen.holder()).as("numbers only unless the board is told to show names").isEmpty();
        assertThat(screen.kind()).isEqualTo("called");

        events.emit(event(52, TICKET_STARTED, in(calledTo(waiting("window", "B002"), 7, NINE_AM), TicketStatus.SERVING)));
        eventually(() -> assertThat(feeds.feed("window").orElseThrow().state().lastEventId()).isEqualTo(52));
        eventually(() -> assertThat(screen.ticket()).as("a call at another window changes nothing here").isEqualTo("A023"));
    }

    @Test
    void showsThePauseWithItsReasonThenTheClosedWindow() {
        queue.serve(snapshot("pause", 10, List.of(), List.of(), 0, 0));
        WindowScreenView screen = navigate("hall/pause/window/7", WindowScreenView.class);
        eventually(() -> assertThat(screen.kind()).isEqualTo("idle"));
        assertThat(screen.status()).isEqualTo("等待叫号 / Waiting for the next call");
        assertThat(screen.ticket()).isEmpty();

        events.emit(event(11, WINDOW_PAUSED, window("pause", 7, WindowState.PAUSED)));

        eventually(() -> assertThat(screen.kind()).isEqualTo("paused"));
        assertThat(screen.status()).isEqualTo("暂停服务 / Paused");
        // 01:00 UTC is 09:00 in the hall's zone, Shanghai.
        assertThat(screen.detail()).isEqualTo("原因 Reason：break / 09:00 起 · since 09:00");

        events.emit(event(12, WINDOW_CLOSED, window("pause", 7, WindowState.CLOSED)));

        eventually(() -> assertThat(screen.kind()).isEqualTo("closed"));
        assertThat(screen.status()).isEqualTo("本窗口已关闭 / This window is closed");
    }

    @Test
    void anUnknownWindowGetsAPlainMessage() {
        WindowScreenView screen = navigate("window/42", WindowScreenView.class);

        eventually(() -> assertThat(screen.message()).isEqualTo("本大厅没有 42 号窗口There is no window 42 in this hall"));
    }

    @Test
    void aWindowNumberThatIsNoNumberOrAHallNotServedGetsAPlainMessage() {
        assertThat(navigate("window/x1", WindowScreenView.class).message()).isEqualTo("没有这个窗口No such window");
        assertThat(navigate("hall/elsewhere/window/1", WindowScreenView.class).message())
                .startsWith("本屏幕未配置大厅“elsewhere”");
        assertThat(events.subscriptions("elsewhere")).isEmpty();
    }

    @Test
    void showsTheClerkWhileTheWindowIsOpenOrPausedAndNobodyOnceClosed() {
        queue.serve(snapshot("clerk", 70, List.of(), List.of(), 0, 0));
        WindowScreenView screen = navigate("hall/clerk/window/7", WindowScreenView.class);
        eventually(() -> assertThat(screen.kind()).isEqualTo("idle"));
        assertThat(screen.showsStaff()).as("nobody signed in yet").isFalse();

        events.emit(event(71, WINDOW_OPENED, withClerk(window("clerk", 7, WindowState.OPEN), "张伟", "0107")));

        eventually(() -> assertThat(screen.staff()).isEqualTo("张伟 / 工号 0107 / Badge 0107"));

        events.emit(event(72, WINDOW_PAUSED, withClerk(window("clerk", 7, WindowState.PAUSED), "张伟", "0107")));
        eventually(() -> assertThat(screen.kind()).isEqualTo("paused"));
        assertThat(screen.staff()).isEqualTo("张伟 / 工号 0107 / Badge 0107");

        events.emit(event(73, WINDOW_CLOSED, window("clerk", 7, WindowState.CLOSED)));
        eventually(() -> assertThat(screen.kind()).isEqualTo("closed"));
        assertThat(screen.showsStaff()).isFalse();
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
