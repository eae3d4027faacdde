package org.openhall.board.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.emptySnapshot;
import static org.openhall.board.Tickets.hall;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueConfiguration;
import org.openhall.board.MutableClock;
import org.openhall.board.Stats;
import org.openhall.client.api.HallStats;
import org.openhall.board.TestSignIn;
import org.openhall.board.signin.SignedInManager;
import org.openhall.board.signin.ui.LoginView;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The managers' dashboard in a mock browser session, fed by in-memory fakes of queue-service. The
 * statistics are re-read every 200 ms of real time here, so that the tests see a refresh without
 * waiting; the clock the dashboard shows stays where the test puts it. Each test uses a hall of
 * its own.
 */
@SpringBootTest(properties = {
        "openhall.board.halls=dash,paused,lost,devices",
        "openhall.board.reconnect-initial-delay=20ms",
        "openhall.board.reconnect-max-delay=100ms",
        "openhall.board.dashboard.refresh-interval=200ms",
        "openhall.board.dashboard.min-refresh-gap=20ms"})
@Import(FakeQueueConfiguration.class)
@ViewPackages(classes = {DashboardView.class, LoginView.class})
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeQueueApi queue;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void aManagerAtNineInTheMorning() {
        clock.set(NINE_AM);
        TestSignIn.asManager();
    }

    @AfterEach
    void listTheHallsWithSnapshotsAgain() {
        queue.listHalls(null);
        TestSignIn.signOut();
    }

    @Test
    void sendsAVisitorWhoIsNotSignedInToTheSignInPage() {
        TestSignIn.signOut();

        navigate("hall/dash/dashboard", LoginView.class);

        assertThat($(DashboardView.class).all()).isEmpty();
    }

    @Test
    void saysWhoIsSignedInBesideTheSignOutButton() {
        queue.serve(emptySnapshot("dash"));
        TestSignIn.as(new SignedInManager("admin", "系统管理员", "9001", "ADMIN"));

        DashboardView dashboard = navigate("hall/dash/dashboard", DashboardView.class);

        assertThat(text($(Span.class).id("signed-in-as"))).isEqualTo("系统管理员 (9001) 系统管理员 Administrator");
        assertThat(text($(Button.class).id("sign-out"))).isEqualTo("退出登录 Sign out");
    }

    @Test
    void showsTheFiguresOfTheHallsStatistics() {
        queue.serve(emptySnapshot("dash"));
        queue.serveStats(Stats.busyMorning("dash", NINE_AM));

        DashboardView dashboard = navigate("hall/dash/dashboard", DashboardView.class);

        eventually(() -> assertThat(dashboard.services().rows()).hasSize(8));
        assertThat(cells(row(dashboard, "property-transfer"))).containsExactly(
                "D 不动产转移登记 Property transfer registration", "5",
                "47 分 min 超时 Over", "26 分 min", "44 分 min", "6", "0");
        assertThat(cells(row(dashboard, "enquiry"))).containsExactly(
                "Z 综合咨询 General enquiry", "0", "—", "—", "—", "0", "0");
        assertThat(figure(dashboard, "waiting")).isEqualTo("29 正在等候 Waiting now");
        assertThat(figure(dashboard, "served")).isEqualTo("97 今日已办结 Served today");
        assertThat(figure(dashboard, "open")).isEqualTo("6 / 8 开放窗口 Windows open");
        assertThat(figure(dashboard, "alerts")).startsWith("2 ");
        assertThat(figure(dashboard, "satisfaction")).as("no ratings yet").startsWith("— ");
        assertThat(figure(dashboard, "follow-ups")).startsWith("0 ");
        assertThat(text(card(dashboard, 1))).isEqualTo("1 开放 Open 张伟 #0101 A031 已办 14 14 served");
        assertThat(text(card(dashboard, 8))).startsWith("8 关闭 Closed 无人 Nobody");
        assertThat(dashboard.updatedText()).isEqualTo("更新于 09:00:00 · Updated 09:00:00");
        assertThat(dashboard.bannerText()).isEmpty();
        assertThat(dashboard.chartSvg()).startsWith("<svg").contains("Waiting over the day");
        assertThat(dashboard.chartSvg().split("<circle ", -1)).as("one point per quarter hour").hasSize(10 + 1);
        assertThat(dashboard.getPageTitle()).startsWith("市民中心政务服务大厅");
    }

    @Test
    void highlightsWhatNeedsAManager() {
        queue.serve(emptySnapshot("devices"));
        queue.serveStats(Stats.busyMorning("devices", NINE_AM));

        DashboardView dashboard = navigate("hall/devices/dashboard", DashboardView.class);
        eventually(() -> assertThat(dashboard.services().rows()).hasSize(8));

        assertThat(dashboard.services().rows()).filteredOn(r -> r.hasClassName(ServiceTable.OVER))
                .extracting(r -> r.getElement().getAttribute("data-service"))
                .containsExactly("company-registration", "property-transfer");
        assertThat(dashboard.windows().cards()).filteredOn(c -> c.hasClassName(WindowPanel.IDLE_WHILE_WAITING))
                .singleElement()
                .satisfies(c -> assertThat(text(c)).contains("2 开放 Open", "空闲 · 4 人在等 Idle, 4 waiting"));
        assertThat(dashboard.figure("idle").hasClassName("warn")).isTrue();
        assertThat(dashboard.alerts().rows()).extracting(DashboardViewTest::text).containsExactly(
                "D007 不动产转移登记 Property transfer registration 已等 47 分钟 waited 47 min 限 40 分钟 limit 40 min",
                "A022 企业设立登记 Company registration 已等 33 分钟 waited 33 min 限 30 分钟 limit 30 min");
        assertThat(dashboard.alerts().hasClassName("has-alerts")).isTrue();

        List<Div> devices = dashboard.devices().rows();
        assertThat(devices).extracting(d -> d.getElement().getAttribute("data-device"))
                .as("the ones needing attention first").startsWith("kiosk-3", "kiosk-2");
        Div silent = devices.getFirst();
        assertThat(silent.hasClassName(DevicePanel.SILENT)).isTrue();
        assertThat(text(silent)).contains("失联 7 分钟（最后 08:53）", "Silent for 7 min");
        Div printerOut = devices.get(1);
        assertThat(printerOut.hasClassName(DevicePanel.FAULTY)).isTrue();
        assertThat(text(printerOut)).isEqualTo("取号机 Kiosk kiosk-2 部分故障 Degraded printer: paper out");
        assertThat(devices.subList(2, 4)).noneMatch(d -> d.hasClassName(DevicePanel.FAULTY) || d.hasClassName(DevicePanel.SILENT));
    }

    @Test
    void showsTodaysSatisfactionAndTheFollowUpsWithOverdueOnesInRed() {
        queue.serve(emptySnapshot("reviews"));
        HallStats morning = Stats.busyMorning("reviews", NINE_AM);
        queue.serveStats(new HallStats(morning.hall(), morning.serviceDay(), morning.at(), morning.services(),
                morning.windows(), morning.alerts(), morning.waitingOverDay(), morning.devices(),
                new HallStats.Reviews(25, 24, 1, 3, 1)));

        DashboardView dashboard = navigate("hall/reviews/dashboard", DashboardView.class);
        eventually(() -> assertThat(dashboard.services().rows()).hasSize(8));

        assertThat(figure(dashboard, "satisfaction")).isEqualTo("96% 今日满意率（25 人评价） Satisfied today (25 rated)");
        assertThat(figure(dashboard, "follow-ups")).isEqualTo("3 待跟进（1 件逾期） To follow up (1 overdue)");
        assertThat(dashboard.figure("follow-ups").hasClassName("warn")).isTrue();
        assertThat(dashboard.figure("satisfaction").hasClassName("warn")).isFalse();
        assertThat(figure(dashboard, "consultations")).as("no questions yet").startsWith("0 在线咨询等候");
        assertThat(figure(dashboard, "first-responses")).startsWith("— ");
    }

    @Test
    void showsQuestionsWaitingRedOncePastTheTargetAndTheShareAnsweredInTime() {
        queue.serve(emptySnapshot("questions"));
        HallStats morning = Stats.busyMorning("questions", NINE_AM);
        queue.serveStats(new HallStats(morning.hall(), morning.serviceDay(), morning.at(), morning.services(),
                morning.windows(), morning.alerts(), morning.waitingOverDay(), morning.devices(), morning.reviews(),
                new HallStats.Consultations(2, java.time.Duration.ofMinutes(4), 12, 10,
                        java.time.Duration.ofSeconds(95), 9, 11, java.time.Duration.ofMinutes(3))));

        DashboardView dashboard = navigate("hall/questions/dashboard", DashboardView.class);
        eventually(() -> assertThat(dashboard.services().rows()).hasSize(8));

        assertThat(figure(dashboard, "consultations")).isEqualTo("2 在线咨询等候 Questions waiting");
        assertThat(dashboard.figure("consultations").hasClassName("warn")).as("one waited 4 min, past 3").isTrue();
        assertThat(figure(dashboard, "first-responses"))
                .isEqualTo("82% 3 分钟内回复（今日 12 条咨询） Answered within 3 min (12 asked today)");
    }

    @Test
    void saysHowLongAWindowHasBeenPausedByTheClock() {
        queue.serve(emptySnapshot("paused"));
        queue.serveStats(Stats.busyMorning("paused", NINE_AM));

        DashboardView dashboard = navigate("hall/paused/dashboard", DashboardView.class);

        eventually(() -> assertThat(text(card(dashboard, 3))).startsWith("3 暂停 12 分钟 Paused 12 min · 午休 王芳"));
        assertThat(card(dashboard, 3).getElement().getAttribute("data-state")).isEqualTo("paused");

        clock.advance(Duration.ofMinutes(3));

        eventually(() -> assertThat(text(card(dashboard, 3))).startsWith("3 暂停 15 分钟 Paused 15 min · 午休"));
    }

    @Test
    void showsTheConnectionLostBannerWhileTheStatisticsCannotBeReadAndClearsItAfterwards() {
        queue.serve(emptySnapshot("lost"));
        queue.serveStats(Stats.busyMorning("lost", NINE_AM));
        DashboardView dashboard = navigate("hall/lost/dashboard", DashboardView.class);
        eventually(() -> assertThat(dashboard.services().rows()).hasSize(8));

        queue.failStats("lost", true);
        try {
            eventually(() -> assertThat(dashboard.bannerText()).isEqualTo(
                    "无法读取统计数据，正在重试… 以下是 09:00:00 的数据 / "
                            + "Cannot read the statistics, retrying… Showing figures from 09:00:00"));
            assertThat(dashboard.hasClassName("stale")).isTrue();
            assertThat(dashboard.services().rows()).as("the last figures stay on screen").hasSize(8);
        } finally {
            queue.failStats("lost", false);
        }

        eventually(() -> assertThat(dashboard.bannerText()).isEmpty());
        assertThat(dashboard.hasClassName("stale")).isFalse();
    }

    @Test
    void offersTheOtherHallsOnlyWhenThereAreSeveral() {
        queue.serve(emptySnapshot("dash"));
        queue.serveStats(Stats.busyMorning("dash", NINE_AM));
        queue.listHalls(List.of(hall("dash")));

        DashboardView single = navigate("hall/dash/dashboard", DashboardView.class);
        assertThat(single.isHallSelectorVisible()).isFalse();

        HallView north = new HallView("north", LocalizedText.of("北区政务服务中心", "North District Service Centre"),
                "Asia/Shanghai", List.of(), "weighted");
        queue.listHalls(List.of(hall("dash"), north));

        DashboardView several = navigate("hall/dash/dashboard", DashboardView.class);
        assertThat(several.isHallSelectorVisible()).isTrue();
        assertThat(several.hallSelector().getValue().code()).isEqualTo("dash");

        test(several.hallSelector()).selectItem("北区政务服务中心 · North District Service Centre");

        DashboardView shown = (DashboardView) getCurrentView();
        assertThat(shown.hall()).isEqualTo("north");
        assertThat(shown.hallSelector().getValue().code()).isEqualTo("north");
    }

    @Test
    void theConfiguredHallsDashboardIsAtDashboardAndAnUnknownHallGetsAPlainMessage() {
        DashboardView root = navigate("dashboard", DashboardView.class);
        assertThat(root.hall()).isEqualTo("demo");
        assertThat(root.message()).isEmpty();

        DashboardView unknown = navigate("hall/nowhere/dashboard", DashboardView.class);
        assertThat(unknown.message()).contains("本看板未配置大厅“nowhere”");
        assertThat(queue.statsRequests("nowhere")).isZero();
    }

    /** Not a check: writes the dashboard as a static page under target/ to look at in a browser. */
    @Test
    void writesAPreviewPage() throws IOException {
        queue.serve(emptySnapshot("dash"));
        queue.serveStats(Stats.busyMorning("dash", NINE_AM.plus(Duration.ofHours(2))));
        clock.set(NINE_AM.plus(Duration.ofHours(2)));
        DashboardView dashboard = navigate("hall/dash/dashboard", DashboardView.class);
        eventually(() -> assertThat(dashboard.services().rows()).hasSize(8));

        // Vaadin hides a component with a property, which the page written here would not know.
        descendants(dashboard.getElement()).filter(e -> !e.isTextNode() && !e.isVisible())
                .forEach(e -> e.setAttribute("hidden", ""));
        String page = dashboard.getElement().getOuterHTML();
        String svgHost = dashboard.getElement().getChildren()
                .flatMap(DashboardViewTest::descendants)
                .filter(e -> Objects.requireNonNullElse(e.getAttribute("class"), "").contains("dash-chart-svg"))
                .findFirst().orElseThrow().getOuterHTML();
        page = page.replace(svgHost, "<div class=\"dash-chart-svg\">" + dashboard.chartSvg() + "</div>");
        Path dir = Path.of("target", "screens");
        Files.createDirectories(dir);
        Path css = Path.of("src/main/resources/META-INF/resources/styles").toAbsolutePath();
        Files.writeString(dir.resolve("dashboard.html"), "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<link rel=\"stylesheet\" href=\"" + css.resolve("board.css").toUri() + "\">"
                + "<link rel=\"stylesheet\" href=\"" + css.resolve("dashboard.css").toUri() + "\">"
                + "<style>body{margin:0;background:#070b16}</style></head><body>" + page + "</body></html>");
        Files.writeString(dir.resolve("waiting-chart.svg"), dashboard.chartSvg());
        assertThat(dir.resolve("dashboard.html")).exists();
    }

    private static java.util.stream.Stream<Element> descendants(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(DashboardViewTest::descendants));
    }

    private static NativeTableRow row(DashboardView dashboard, String service) {
        return dashboard.services().rows().stream()
                .filter(r -> service.equals(r.getElement().getAttribute("data-service"))).findFirst().orElseThrow();
    }

    private static Div card(DashboardView dashboard, int window) {
        return dashboard.windows().cards().stream()
                .filter(c -> Integer.toString(window).equals(c.getElement().getAttribute("data-window")))
                .findFirst().orElseThrow();
    }

    private static String figure(DashboardView dashboard, String kind) {
        return text(Objects.requireNonNull(dashboard.figure(kind)));
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getChildren().map(DashboardViewTest::text).toList();
    }

    /** The visible texts of a component, separated by single spaces. */
    static String text(Component component) {
        List<String> parts = new ArrayList<>();
        collect(component.getElement(), parts);
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static void collect(Element element, List<String> parts) {
        if (element.isTextNode()) {
            if (!element.getText().isBlank()) {
                parts.add(element.getText().strip());
            }
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        element.getChildren().forEach(child -> collect(child, parts));
    }

    /** Waits until the assertion holds, running the UI updates the refresher has queued meanwhile. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    VaadinSession session = VaadinSession.getCurrent();
                    session.getService().runPendingAccessTasks(session);
                    assertion.run();
                });
    }
}
