package org.openhall.board.hall.ui;

import static org.openhall.board.Screens.inUi;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openhall.board.BoardProperties;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.Call;
import org.openhall.board.feed.HallFeed;
import org.openhall.board.feed.HallFeeds;
import org.openhall.board.speech.Announcements;
import org.openhall.board.speech.SpeechControl;
import org.openhall.client.api.LocalizedText;
import org.springframework.scheduling.TaskScheduler;

/**
 * The hall board, made for a 1920×1080 screen read from across the hall: the hall and the time on
 * top, the current calls in full size with the last calls beside them, the waiting count per
 * service and a scrolling notice below; Chinese and English together. It shows ticket numbers and
 * windows only, nothing about the visitors.
 *
 * <p>{@code /} shows the configured hall, {@code /hall/{code}} any other hall this instance serves.
 * Every change of the hall's feed is pushed to the browser as it happens; a new call or recall is
 * highlighted for a while and spoken ({@link SpeechControl}); when the feed loses queue-service a
 * banner says so until it is back.
 */
@AnonymousAllowed
@Route("")
@RouteAlias("hall/:hall?")
public class HallBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HallFeeds feeds;
    private final BoardProperties properties;
    private final Clock clock;
    private final TaskScheduler scheduler;

    private final ConnectionBanner banner = new ConnectionBanner();
    private final BoardHeader header = new BoardHeader();
    private final CurrentCalls currentCalls;
    private final RecentCalls recentCalls = new RecentCalls();
    private final WaitingStrip waiting = new WaitingStrip();
    private final SpeechControl speech;
    private final Div main = new Div();
    private final Div unknownHall = new Div();
    /** Until when each call (by key) stays highlighted. */
    private final Map<String, Instant> highlightedUntil = new HashMap<>();

    private String hall;
    private @Nullable HallFeed feed;
    private HallFeed.@Nullable Registration registration;
    private @Nullable ScheduledFuture<?> ticking;
    private @Nullable BoardState state;
    /** Call keys already seen, so that only a call that is new to this screen is highlighted. */
    private Set<String> seenCalls = Set.of();
    private boolean sawLoadedState;
    private String shownTitle = "";

    public HallBoardView(HallFeeds feeds, BoardProperties properties, Clock clock, TaskScheduler scheduler,
            Announcements announcements) {
        this.feeds = feeds;
        this.properties = properties;
        this.currentCalls = new CurrentCalls(properties.board().showNames());
        this.clock = clock;
        this.scheduler = scheduler;
        this.hall = properties.hall();
        this.speech = new SpeechControl(announcements);

        addClassName("board");
        Div nowCalling = new Div();
        nowCalling.addClassName("now-calling");
        Div nowTitle = new Div(new Bilingual("正在叫号", "Now calling"));
        nowTitle.addClassName("section-title");
        nowCalling.add(nowTitle, currentCalls);
        main.addClassName("board-main");
        main.add(nowCalling, recentCalls);
        unknownHall.addClassName("unknown-hall");
        unknownHall.setVisible(false);
        BoardProperties.Notice notice = properties.board().notice();
        add(banner, header, main, unknownHall, waiting, new NoticeTicker(notice.zh(), notice.en()), speech);
        header.showHall(hall, LocalizedText.of("", ""));
        showTime();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("hall").orElse(properties.hall());
        HallFeed next = feeds.feed(requested).orElse(null);
        if (next == feed && requested.equals(hall)) {
            return;
        }
        unbind();
        hall = requested;
        feed = next;
        state = null;
        seenCalls = Set.of();
        sawLoadedState = false;
        highlightedUntil.clear();
        speech.forget();
        showUnknownHall(next == null);
        if (isAttached()) {
            bind();
        }
    }

    @Override
    public String getPageTitle() {
        String name = state != null && !state.hallName().zh().isBlank() ? state.hallName().zh() : hall;
        return name + " · 叫号屏 / Hall board";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        bind();
        UI ui = attachEvent.getUI();
        ticking = scheduler.scheduleAtFixedRate(() -> inUi(ui, this::tick), Duration.ofSeconds(1));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unbind();
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
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
            return; // a late update from the feed of a hall this view no longer shows
        }
        state = newState;
        Instant now = clock.instant();
        markNewCalls(newState, now);
        speech.announce(newState);

        int large = properties.board().largeCalls();
        List<Call> shownLarge = newState.calls().stream().limit(large).toList();
        Set<String> shownTickets = shownLarge.stream().map(Call::ticketId).collect(Collectors.toSet());
        currentCalls.show(shownLarge, call -> isHighlighted(call.key(), now), newState);
        recentCalls.show(newState.recent().stream()
                .filter(call -> !shownTickets.contains(call.ticketId()))
                .limit(properties.board().recentCalls())
                .toList());
        waiting.show(newState.waiting());
        header.showHall(hall, newState.hallName());
        banner.show(newState);
        // A board cut off from queue-service keeps what it knew, dimmed, under the banner.
        setClassName("stale", !newState.connected() && newState.loaded());
        showTime();
        String title = getPageTitle();
        if (!title.equals(shownTitle)) {
            shownTitle = title;
            getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        }
    }

    /**
     * A call not seen before is highlighted; in the first loaded state a screen gets, only calls made
     * within the highlight time are, so that opening a board does not flash every call of the morning.
     */
    private void markNewCalls(BoardState newState, Instant now) {
        if (!newState.loaded()) {
            return;
        }
        Duration highlight = properties.board().highlight();
        for (Call call : newState.calls()) {
            if (seenCalls.contains(call.key()) || call.serving()) {
                continue;
            }
            if (sawLoadedState || call.calledAt().isAfter(now.minus(highlight))) {
                highlightedUntil.put(call.key(), now.plus(highlight));
            }
        }
        sawLoadedState = true;
        seenCalls = newState.calls().stream().map(Call::key).collect(Collectors.toUnmodifiableSet());
        highlightedUntil.keySet().retainAll(seenCalls);
    }

    private boolean isHighlighted(String callKey, Instant now) {
        Instant until = highlightedUntil.get(callKey);
        return until != null && now.isBefore(until);
    }

    private void tick() {
        showTime();
        Instant now = clock.instant();
        currentCalls.refreshHighlights(key -> isHighlighted(key, now));
    }

    private void showTime() {
        ZoneId zone = state != null && state.zone() != null ? state.zone() : clock.getZone();
        header.showTime(clock.instant().atZone(Objects.requireNonNull(zone)));
    }

    private void showUnknownHall(boolean unknown) {
        main.setVisible(!unknown);
        waiting.setVisible(!unknown);
        unknownHall.setVisible(unknown);
        unknownHall.removeAll();
        if (unknown) {
            unknownHall.add(new Bilingual("本屏幕未配置大厅“" + hall + "”", "This board does not serve hall \"" + hall + "\""));
            header.showHall(hall, LocalizedText.of("", ""));
        }
    }

    // For tests in this package: what the board shows.

    ConnectionBanner banner() {
        return banner;
    }

    BoardHeader header() {
        return header;
    }

    CurrentCalls currentCalls() {
        return currentCalls;
    }

    RecentCalls recentCalls() {
        return recentCalls;
    }

    SpeechControl speech() {
        return speech;
    }

    WaitingStrip waiting() {
        return waiting;
    }

    boolean showsUnknownHall() {
        return unknownHall.isVisible();
    }
}
