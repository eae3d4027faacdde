package org.openhall.board.dashboard.ui;

import static org.openhall.board.Screens.inUi;
import static org.openhall.board.dashboard.ui.Texts.bilingual;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.openhall.board.BoardProperties;
import org.openhall.board.dashboard.DashboardState;
import org.openhall.board.dashboard.StatsRefresher;
import org.openhall.board.dashboard.StatsRefreshers;
import org.openhall.board.feed.FeedStatus;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.HallStats.ServiceStats;
import org.openhall.client.api.HallStats.WindowStats;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowState;
import org.springframework.scheduling.TaskScheduler;

/**
 * The managers' live dashboard for a 1920×1080 monitor: the day's figures at the top, each
 * service's waits, the waiting count over the day, the windows, the tickets waiting too long and
 * the kiosks and screens; Chinese and English together.
 *
 * <p>{@code /dashboard} shows the configured hall, {@code /hall/{code}/dashboard} any hall
 * queue-service lists. Every dashboard of a hall is fed by the hall's one shared
 * {@link StatsRefresher}, so the figures change within about a second of an event in the hall and
 * at least every refresh interval; when they cannot be read a banner says so, with the time of the
 * figures still shown, until they can again.
 *
 * <p>It shows clerks' names and the hall's performance, so only a signed-in manager or admin sees
 * it; the header says who is signed in, with a button to sign out.
 */
@RolesAllowed({"MANAGER", "ADMIN"})
@Route("dashboard")
@RouteAlias("hall/:hall/dashboard")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StatsRefreshers refreshers;
    private final BoardProperties properties;
    private final Clock clock;
    private final TaskScheduler scheduler;

    private final Div banner = new Div();
    private final Span bannerZh = new Span();
    private final Span bannerEn = new Span();
    private final Span hallZh = new Span();
    private final Span hallEn = new Span();
    private final Select<HallView> hallSelect = new Select<>();
    private final Span updated = new Span();
    private final Span time = new Span();
    private final Div summary = new Div();
    private final ServiceTable services = new ServiceTable();
    private final Div chart = new Div();
    private final Svg chartSvg = new Svg();
    private final WindowPanel windows = new WindowPanel();
    private final AlertPanel alerts = new AlertPanel();
    private final DevicePanel devices = new DevicePanel();
    private final Div body = new Div();
    private final Div message = new Div();

    private String hall;
    private List<HallView> halls = List.of();
    private @Nullable StatsRefresher refresher;
    private StatsRefresher.@Nullable Registration registration;
    private @Nullable ScheduledFuture<?> ticking;
    private @Nullable DashboardState state;
    private boolean selecting;
    private long shownMinute = -1;

    public DashboardView(StatsRefreshers refreshers, BoardProperties properties, Clock clock, TaskScheduler scheduler,
            AuthenticationContext authentication) {
        this.refreshers = refreshers;
        this.properties = properties;
        this.clock = clock;
        this.scheduler = scheduler;
        this.hall = properties.hall();
        addClassName("dashboard");

        banner.addClassName("dash-banner");
        banner.getElement().setAttribute("role", "status");
        bannerZh.addClassName("zh");
        bannerEn.addClassName("en");
        Span icon = new Span("⚠");
        icon.addClassName("banner-icon");
        banner.add(icon, bannerZh, bannerEn);
        banner.setVisible(false);

        hallZh.addClassName("dash-hall-zh");
        hallEn.addClassName("dash-hall-en");
        Span what = bilingual("管理看板", "Manager dashboard");
        what.addClassName("dash-what");
        Div name = new Div(hallZh, hallEn, what);
        name.addClassName("dash-hall");
        hallSelect.addClassName("dash-hall-select");
        hallSelect.setAriaLabel("大厅 / Hall");
        hallSelect.setItemLabelGenerator(h -> h.name().zh().isBlank() ? h.code() : h.name().zh() + " · " + h.name().en());
        hallSelect.addValueChangeListener(event -> {
            HallView chosen = event.getValue();
            if (!selecting && chosen != null && !chosen.code().equals(hall)) {
                getUI().ifPresent(ui -> ui.navigate("hall/" + chosen.code() + "/dashboard"));
            }
        });
        hallSelect.setVisible(false);
        updated.addClassName("dash-updated");
        time.addClassName("dash-clock");
        Div header = new Div(name, hallSelect, updated, new SignedInBar(authentication), time);
        header.addClassName("dash-header");

        summary.addClassName("dash-summary");
        chart.addClassNames("dash-panel", "dash-chart");
        Div chartTitle = new Div(bilingual("今日等候人数变化", "Waiting over the day"));
        chartTitle.addClassName("dash-panel-title");
        chartSvg.addClassName("dash-chart-svg");
        chart.add(chartTitle, chartSvg);

        Div left = new Div(services, chart);
        left.addClassName("dash-left");
        Div right = new Div(windows, alerts, devices);
        right.addClassName("dash-right");
        body.addClassName("dash-body");
        body.add(left, right);
        message.addClassName("dash-message");
        message.setVisible(false);
        add(banner, header, summary, body, message);
        showTime();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unbind();
        hall = event.getRouteParameters().get("hall").orElse(properties.hall());
        state = null;
        halls = refreshers.halls(hall);
        showHallChoice();
        refresher = refreshers.refresher(hall).orElse(null);
        if (refresher == null) {
            body.setVisible(false);
            summary.setVisible(false);
            banner.setVisible(false);
            message.removeAll();
            message.add(bilingual("本看板未配置大厅“" + hall + "”", "This dashboard does not serve hall \"" + hall + "\""));
            message.setVisible(true);
            return;
        }
        message.setVisible(false);
        body.setVisible(true);
        summary.setVisible(true);
        if (isAttached()) {
            bind();
        }
    }

    @Override
    public String getPageTitle() {
        LocalizedText name = hallName();
        return (name.zh().isBlank() ? hall : name.zh()) + " · 管理看板 / Dashboard";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        bind();
        UI ui = attachEvent.getUI();
        ticking = scheduler.scheduleAtFixedRate(() -> inUi(ui, this::showTime), Duration.ofSeconds(1));
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
        if (refresher == null || registration != null) {
            return;
        }
        UI ui = getUI().orElseThrow();
        registration = refresher.addListener(newState -> inUi(ui, () -> show(newState)));
    }

    private void unbind() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void showHallChoice() {
        LocalizedText name = hallName();
        hallZh.setText(name.zh().isBlank() ? hall : name.zh());
        hallEn.setText(name.en());
        selecting = true;
        try {
            hallSelect.setItems(halls);
            hallSelect.setValue(halls.stream().filter(h -> h.code().equals(hall)).findFirst().orElse(null));
        } finally {
            selecting = false;
        }
        hallSelect.setVisible(halls.size() > 1);
    }

    private void show(DashboardState newState) {
        if (!newState.hall().equals(hall)) {
            return;
        }
        DashboardState previous = state;
        state = newState;
        showBanner(newState);
        setClassName("stale", newState.status() == FeedStatus.LOST && newState.stats() != null);
        HallStats stats = newState.stats();
        Instant now = clock.instant();
        ZoneId zone = zone();
        // The same figures within the same minute would draw the same screen (durations are in whole
        // minutes): skip rebuilding it, only the time of the read below changes.
        long minute = now.getEpochSecond() / 60;
        boolean redraw = stats == null || previous == null || !stats.equals(previous.stats()) || minute != shownMinute;
        shownMinute = minute;
        if (stats == null) {
            summary.removeAll();
            summary.add(loading(newState.status()));
        } else if (redraw) {
            showSummary(stats);
            services.show(stats.services());
            windows.show(stats.windows(), now);
            Map<String, LocalizedText> names = new LinkedHashMap<>();
            stats.services().forEach(s -> names.put(s.service(), s.name()));
            alerts.show(stats.alerts(), names);
            devices.show(stats.devices(), now, zone);
            String name = hallName().zh().isBlank() ? hall : hallName().zh();
            chartSvg.setSvg(WaitingChart.svg(stats.waitingOverDay(), zone, name + " · 今日等候人数 / Waiting over the day"));
        }
        Instant at = newState.updatedAt();
        String time = at == null ? "" : SECONDS.format(at.atZone(zone));
        updated.setText(at == null ? "" : "更新于 " + time + " · Updated " + time);
        showTime();
    }

    private void showBanner(DashboardState newState) {
        if (newState.status() != FeedStatus.LOST) {
            banner.setVisible(false);
            return;
        }
        Instant at = newState.updatedAt();
        if (at == null) {
            bannerZh.setText("无法读取统计数据，正在重试…");
            bannerEn.setText("Cannot read the statistics, retrying…");
        } else {
            String when = SECONDS.format(at.atZone(zone()));
            bannerZh.setText("无法读取统计数据，正在重试… 以下是 " + when + " 的数据");
            bannerEn.setText("Cannot read the statistics, retrying… Showing figures from " + when);
        }
        banner.setVisible(true);
    }

    private static Span loading(FeedStatus status) {
        Span text = status == FeedStatus.LOST
                ? bilingual("暂无数据，连接恢复后自动显示", "No figures yet; they appear once the connection is back")
                : bilingual("正在载入…", "Loading…");
        text.addClassName("dash-none");
        return text;
    }

    /**
     * The day at a glance: waiting now, served, windows open, windows idle while tickets wait, alerts,
     * today's satisfaction, the bad reviews and complaints still to follow up, and visitors' questions
     * waiting and answered in time.
     */
    private void showSummary(HallStats stats) {
        summary.removeAll();
        int waiting = stats.services().stream().mapToInt(ServiceStats::waiting).sum();
        int served = stats.services().stream().mapToInt(ServiceStats::served).sum();
        long open = stats.windows().stream().filter(w -> w.state() == WindowState.OPEN).count();
        long paused = stats.windows().stream().filter(w -> w.state() == WindowState.PAUSED).count();
        long idle = stats.windows().stream().filter(WindowStats::idleWhileWaiting).count();
        summary.add(
                figure("waiting", Integer.toString(waiting), "正在等候", "Waiting now", false),
                figure("served", Integer.toString(served), "今日已办结", "Served today", false),
                figure("open", open + " / " + stats.windows().size(), "开放窗口", "Windows open", false),
                figure("paused", Long.toString(paused), "暂停窗口", "Windows paused", false),
                figure("idle", Long.toString(idle), "空闲但有人等", "Idle with visitors waiting", idle > 0),
                figure("alerts", Integer.toString(stats.alerts().size()), "等候超时", "Waiting too long",
                        !stats.alerts().isEmpty()),
                satisfaction(stats.reviews()),
                followUps(stats.reviews()),
                consultationsWaiting(stats.consultations()),
                firstResponses(stats.consultations()));
    }

    /** Visitors' questions waiting for a staff member; red once one has waited past the target. */
    private static Div consultationsWaiting(HallStats.Consultations c) {
        boolean late = c.longestWait() != null && c.target() != null && c.longestWait().compareTo(c.target()) > 0;
        return figure("consultations", Integer.toString(c.waiting()), "在线咨询等候", "Questions waiting", late);
    }

    /** Today's questions answered within the first-response target ("92%"), and how many were asked. */
    private static Div firstResponses(HallStats.Consultations c) {
        String value = c.heldToTarget() == 0 ? "—" : Math.round(100.0 * c.withinTarget() / c.heldToTarget()) + "%";
        long minutes = c.target() == null ? 3 : Math.max(1, c.target().toMinutes());
        return figure("first-responses", value, minutes + " 分钟内回复（今日 " + c.openedToday() + " 条咨询）",
                "Answered within " + minutes + " min (" + c.openedToday() + " asked today)", false);
    }

    /** The share of today's ratings at basically satisfied or better ("96%"), and how many rated. */
    private static Div satisfaction(HallStats.Reviews reviews) {
        String value = reviews.ratedToday() == 0 ? "—"
                : Math.round(100.0 * reviews.satisfiedToday() / reviews.ratedToday()) + "%";
        return figure("satisfaction", value, "今日满意率（" + reviews.ratedToday() + " 人评价）",
                "Satisfied today (" + reviews.ratedToday() + " rated)", false);
    }

    /** Bad reviews and complaints not yet answered; red while any is past its deadline. */
    private static Div followUps(HallStats.Reviews reviews) {
        int overdue = reviews.followUpsOverdue();
        return figure("follow-ups", Integer.toString(reviews.followUpsOpen()),
                overdue == 0 ? "待跟进差评投诉" : "待跟进（" + overdue + " 件逾期）",
                overdue == 0 ? "Reviews to follow up" : "To follow up (" + overdue + " overdue)", overdue > 0);
    }

    private static Div figure(String kind, String value, String zh, String en, boolean warn) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = bilingual(zh, en);
        label.addClassName("figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("dash-figure");
        figure.getElement().setAttribute("data-figure", kind);
        figure.setClassName("warn", warn);
        return figure;
    }

    private void showTime() {
        time.setText(CLOCK.format(clock.instant().atZone(zone())));
    }

    private LocalizedText hallName() {
        return halls.stream().filter(h -> h.code().equals(hall)).findFirst().map(HallView::name)
                .orElse(LocalizedText.of("", ""));
    }

    /** The hall's own zone when queue-service has told it, else the clock's. */
    private ZoneId zone() {
        String zone = halls.stream().filter(h -> h.code().equals(hall)).findFirst().map(HallView::timeZone).orElse("");
        try {
            return zone == null || zone.isBlank() ? clock.getZone() : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return clock.getZone();
        }
    }

    // For tests in this package: what the dashboard shows.

    String bannerText() {
        return banner.isVisible() ? bannerZh.getText() + " / " + bannerEn.getText() : "";
    }

    boolean isHallSelectorVisible() {
        return hallSelect.isVisible();
    }

    Select<HallView> hallSelector() {
        return hallSelect;
    }

    String updatedText() {
        return updated.getText();
    }

    ServiceTable services() {
        return services;
    }

    WindowPanel windows() {
        return windows;
    }

    AlertPanel alerts() {
        return alerts;
    }

    DevicePanel devices() {
        return devices;
    }

    /** The chart's SVG markup as sent to the browser. */
    String chartSvg() {
        String svg = chartSvg.getElement().getProperty("innerHTML");
        return svg == null ? "" : svg;
    }

    /** The summary figure of a kind ("waiting", "served", "open", "paused", "idle", "alerts"). */
    @Nullable Div figure(String kind) {
        return summary.getChildren().filter(c -> kind.equals(c.getElement().getAttribute("data-figure")))
                .map(Div.class::cast).findFirst().orElse(null);
    }

    String message() {
        return message.isVisible() ? message.getElement().getTextRecursively() : "";
    }

    String hall() {
        return hall;
    }
}
