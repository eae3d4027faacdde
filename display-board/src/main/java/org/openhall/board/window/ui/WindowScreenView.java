package org.openhall.board.window.ui;

import static org.openhall.board.Screens.inUi;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.board.BoardProperties;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.Call;
import org.openhall.board.feed.FeedStatus;
import org.openhall.board.feed.HallFeed;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;

/**
 * The screen above one window, made for a small screen (1280×720) read from the counter's queue:
 * the window's number very large and its name, the ticket it calls or serves, and when it does not
 * serve, why: paused with the reason staff gave, or closed. Chinese and English together.
 *
 * <p>{@code /window/{number}} shows a window of the configured hall, {@code
 * /hall/{hall}/window/{number}} one of another hall this instance serves. It listens to the same
 * hall feed as the hall board, so it changes the moment the window calls, pauses or closes.
 */
@AnonymousAllowed
@Route("window/:number")
@RouteAlias("hall/:hall/window/:number")
public class WindowScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HallFeeds feeds;
    private final BoardProperties properties;
    private final Clock clock;

    private final Span number = new Span();
    private final Span labelZh = new Span();
    private final Span labelEn = new Span();
    private final Span hallName = new Span();
    private final Div connection = new Div();
    private final Div panel = new Div();
    private final Span statusZh = new Span();
    private final Span statusEn = new Span();
    private final Span ticket = new Span();
    /** The visitor's masked name, only when the board is configured to show names. */
    private final Span holder = new Span();
    private final Span detailZh = new Span();
    private final Span detailEn = new Span();
    /** The staff member at the window, name and badge number; hidden while closed or when nobody is signed in. */
    private final Div staff = new Div();
    private final Span staffName = new Span();
    private final Span staffBadgeZh = new Span();
    private final Span staffBadgeEn = new Span();
    private final Div message = new Div();
    private final Div screen = new Div();

    private String hall;
    private int windowNumber;
    private @Nullable HallFeed feed;
    private HallFeed.@Nullable Registration registration;
    private @Nullable BoardState state;

    public WindowScreenView(HallFeeds feeds, BoardProperties properties, Clock clock) {
        this.feeds = feeds;
        this.properties = properties;
        this.clock = clock;
        this.hall = properties.hall();
        addClassName("window-screen");

        number.addClassName("ws-number");
        Span numberZh = new Span("窗口");
        numberZh.addClassName("zh");
        Span numberEn = new Span("Window");
        numberEn.addClassName("en");
        Div numberLabel = new Div(numberZh, numberEn);
        numberLabel.addClassName("ws-number-label");
        Div window = new Div(numberLabel, number);
        window.addClassName("ws-window");

        labelZh.addClassName("zh");
        labelEn.addClassName("en");
        hallName.addClassName("ws-hall");
        Div label = new Div(labelZh, labelEn, hallName);
        label.addClassName("ws-label");
        staff.addClassName("ws-staff");
        staffName.addClassName("ws-staff-name");
        staffBadgeZh.addClassName("zh");
        staffBadgeEn.addClassName("en");
        Div badge = new Div(staffBadgeZh, staffBadgeEn);
        badge.addClassName("ws-staff-badge");
        staff.add(staffName, badge);
        staff.setVisible(false);
        Div side = new Div(window, label, staff);
        side.addClassName("ws-side");

        statusZh.addClassName("zh");
        statusEn.addClassName("en");
        Div status = new Div(statusZh, statusEn);
        status.addClassName("ws-status");
        ticket.addClassName("ws-ticket");
        holder.addClassName("ws-holder");
        holder.setVisible(false);
        detailZh.addClassName("zh");
        detailEn.addClassName("en");
        Div detail = new Div(detailZh, detailEn);
        detail.addClassName("ws-detail");
        panel.addClassName("ws-panel");
        panel.add(status, ticket, holder, detail);

        screen.addClassName("ws-screen");
        screen.add(side, panel);
        connection.addClassName("ws-connection");
        connection.getElement().setAttribute("role", "status");
        connection.setVisible(false);
        message.addClassName("ws-message");
        message.setVisible(false);
        add(connection, screen, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unbind();
        hall = event.getRouteParameters().get("hall").orElse(properties.hall());
        state = null;
        feed = null;
        Optional<Integer> requested = event.getRouteParameters().get("number").flatMap(WindowScreenView::parse);
        if (requested.isEmpty()) {
            showMessage("没有这个窗口", "No such window");
            return;
        }
        windowNumber = requested.get();
        feed = feeds.feed(hall).orElse(null);
        if (feed == null) {
            showMessage("本屏幕未配置大厅“" + hall + "”", "This screen does not serve hall \"" + hall + "\"");
            return;
        }
        message.setVisible(false);
        screen.setVisible(true);
        number.setText(Integer.toString(windowNumber));
        labelZh.setText(windowNumber + "号窗口");
        labelEn.setText("Window " + windowNumber);
        showStatus("正在载入…", "Loading…", "", "", "", "loading");
        if (isAttached()) {
            bind();
        }
    }

    @Override
    public String getPageTitle() {
        return windowNumber + "号窗口 · Window " + windowNumber;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        bind();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unbind();
    }

    private void bind() {
        if (feed == null || registration != null) {
            return;
        }
        UI ui = getUI().orElseThrow();
        registration = feed.addListener(newState -> inUi(ui, () -> show(newState)));
    }

    private void unbind() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void show(BoardState newState) {
        if (!newState.hall().equals(hall)) {
            return;
        }
        state = newState;
        connection.removeAll();
        connection.setVisible(newState.status() != FeedStatus.LIVE);
        if (newState.status() == FeedStatus.LOST) {
            connection.add(new Span("⚠ 连接中断，正在重连… "), english("Connection lost, reconnecting…"));
        } else if (newState.status() == FeedStatus.CONNECTING) {
            connection.add(new Span("正在连接叫号系统… "), english("Connecting to the queue system…"));
        }
        setClassName("stale", newState.loaded() && !newState.connected());
        hallName.setText(newState.hallName().zh().isBlank() ? hall : newState.hallName().zh());
        if (!newState.loaded()) {
            return;
        }
        WindowView window = newState.windows().stream().filter(w -> w.number() == windowNumber).findFirst()
                .orElse(null);
        if (window == null) {
            showMessage("本大厅没有 " + windowNumber + " 号窗口", "There is no window " + windowNumber + " in this hall");
            return;
        }
        message.setVisible(false);
        screen.setVisible(true);
        labelZh.setText(window.label().zh().isBlank() ? windowNumber + "号窗口" : window.label().zh());
        labelEn.setText(window.label().en().isBlank() ? "Window " + windowNumber : window.label().en());

        showStaff(window);

        Call call = newState.calls().stream().filter(c -> c.windowId() == window.id()).findFirst().orElse(null);
        if (window.state() == WindowState.CLOSED) {
            showStatus("本窗口已关闭", "This window is closed", "", "请留意其他窗口叫号", "Please watch for calls at other windows",
                    "closed");
        } else if (window.state() == WindowState.PAUSED) {
            String reason = Objects.requireNonNullElse(window.pauseReason(), "").strip();
            String since = TIME.format(window.stateSince().atZone(zone()));
            // The reason is staff's own words, in whatever language they typed: shown once, not translated.
            showStatus("暂停服务", "Paused", "", reason.isEmpty() ? since + " 起" : "原因 Reason：" + reason,
                    (reason.isEmpty() ? "" : since + " 起 · ") + "since " + since, "paused");
        } else if (call == null) {
            showStatus("等待叫号", "Waiting for the next call", "", "", "", "idle");
        } else if (call.serving()) {
            showStatus("正在办理", "Now serving", call.number(), "正在办理 " + call.number() + " 号",
                    "Now serving " + call.number(), "serving");
            showHolder(call);
        } else {
            showStatus("请 " + call.number() + " 号办理", "Now calling " + call.number(), call.number(),
                    call.callCount() > 1 ? "第" + call.callCount() + "次呼叫" : "请到本窗口办理",
                    call.callCount() > 1 ? "Call " + call.callCount() : "Please come to this window", "called");
            showHolder(call);
        }
    }

    private void showHolder(Call call) {
        boolean named = properties.board().showNames() && call.holder() != null;
        holder.setText(named ? call.holder() : "");
        holder.setVisible(named);
    }

    /** The clerk as the public may see them, while the window is open or paused. */
    private void showStaff(WindowView window) {
        WindowView.Clerk clerk = window.clerk();
        boolean shown = clerk != null && window.state() != WindowState.CLOSED && !clerk.name().isBlank();
        staff.setVisible(shown);
        if (shown) {
            staffName.setText(clerk.name());
            staffBadgeZh.setText(clerk.badge().isBlank() ? "" : "工号 " + clerk.badge());
            staffBadgeEn.setText(clerk.badge().isBlank() ? "" : "Badge " + clerk.badge());
        }
    }

    private ZoneId zone() {
        ZoneId zone = state != null ? state.zone() : null;
        return zone != null ? zone : clock.getZone();
    }

    private void showStatus(String zh, String en, String ticketNumber, String moreZh, String moreEn, String kind) {
        statusZh.setText(zh);
        statusEn.setText(en);
        ticket.setText(ticketNumber);
        ticket.setVisible(!ticketNumber.isEmpty());
        holder.setVisible(false);
        detailZh.setText(moreZh);
        detailEn.setText(moreEn);
        panel.getElement().setAttribute("data-state", kind);
    }

    private void showMessage(String zh, String en) {
        screen.setVisible(false);
        message.removeAll();
        message.add(new Div(new Span(zh)), new Div(english(en)));
        message.setVisible(true);
    }

    private static Span english(String text) {
        Span span = new Span(text);
        span.addClassName("en");
        span.getElement().setAttribute("lang", "en");
        return span;
    }

    private static Optional<Integer> parse(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    // For tests in this package: what the screen shows.

    String windowNumber() {
        return number.getText();
    }

    /** The masked name shown under the ticket; empty when none is shown. */
    String holder() {
        return holder.isVisible() ? holder.getText() : "";
    }

    /** The status line in both languages, e.g. "请 A023 号办理 / Now calling A023". */
    String status() {
        return statusZh.getText() + " / " + statusEn.getText();
    }

    /** The large ticket number, empty when none is shown. */
    String ticket() {
        return ticket.isVisible() ? ticket.getText() : "";
    }

    String detail() {
        return detailZh.getText() + " / " + detailEn.getText();
    }

    /** The state the panel shows: loading, idle, called, serving, paused or closed. */
    String kind() {
        return Objects.requireNonNullElse(panel.getElement().getAttribute("data-state"), "");
    }

    /** The plain message shown instead of a window, empty when a window is shown. */
    String message() {
        return message.isVisible() ? message.getElement().getTextRecursively() : "";
    }

    boolean showsStaff() {
        return staff.isVisible();
    }

    /** The clerk as shown, e.g. "张伟 / 工号 0123 / Badge 0123"; empty while hidden. */
    String staff() {
        return staff.isVisible()
                ? staffName.getText() + " / " + staffBadgeZh.getText() + " / " + staffBadgeEn.getText()
                : "";
    }
}
