package org.openhall.queue.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.support.TestClock;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.openhall.queue.ticket.HallSnapshots;
import org.openhall.queue.ticket.TicketIssuing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The hall's public page, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class HallPageViewTest extends SpringBrowserlessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestHalls halls;

    @Autowired
    HallCatalog catalog;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    HallSnapshots snapshots;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void showsEachServicesQueueWithANewcomersEstimateAndRefreshesItself() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0).atZone(SHANGHAI).toInstant());
        String hall = halls.create("A", "B");
        halls.openWindow(hall, 1, Map.of("a", 1.0));
        for (int i = 0; i < 6; i++) {
            issuing.issue(hall, IssueTicketRequest.walkIn("a"), null);
        }
        navigate("hall/" + hall, HallPageView.class);

        assertThat(text("hall-name")).isEqualTo("测试大厅");
        assertThat(text("hall-queue-a")).contains("业务A · Service A", "等候 6 人", "6 waiting")
                .contains(expectedEstimate(hall, "a"));
        assertThat(text("hall-queue-b")).as("no window serves b")
                .contains("等候 0 人", "现在暂无窗口办理", "No window handles it right now");

        issuing.issue(hall, IssueTicketRequest.walkIn("a"), null);
        assertThat(text("hall-queue-a")).as("not before the page reads again").contains("等候 6 人");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(text("hall-queue-a")).as("pages share a read for a few seconds").contains("等候 6 人");
        clock.advance(HallPageView.SHARED_FOR);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(text("hall-queue-a")).contains("等候 7 人", "7 waiting").contains(expectedEstimate(hall, "a"));
    }

    /** The estimate line for a ticket taken now, as the hall's snapshot gives it. */
    private String expectedEstimate(String hall, String service) {
        HallSnapshot.ServiceQueue queue = snapshots.snapshot(hall).waiting().stream()
                .filter(q -> q.service().equals(service)).findFirst().orElseThrow();
        assertThat(queue.estimatedWait()).isNotNull();
        long minutes = (queue.estimatedWait().toSeconds() + 59) / 60;
        assertThat(minutes).as("six ahead at one window take a while").isGreaterThan(1);
        return "现在取号约等 " + minutes + " 分钟";
    }

    @Test
    void showsEachServicesGuideAsTextWithWaysToAskAndComplain() {
        String hall = halls.create("A");
        ServiceDefinition a = catalog.findService(hall, "a").orElseThrow();
        catalog.updateService(hall, new ServiceDefinition(a.code(), a.prefix(), a.name(), a.category(),
                new ServiceView.Guide(List.of(LocalizedText.of("<b>营业执照</b>原件", "Business licence <script>x</script>")),
                        List.of(LocalizedText.of("取号", "Take a ticket"), LocalizedText.of("窗口办理", "At the window")),
                        LocalizedText.of("即时办结", "Same day"), LocalizedText.of("不收费", "Free")),
                a.dailyQuota(), a.waitThreshold(), true, a.active(), a.sortOrder()));
        navigate("hall/" + hall, HallPageView.class);

        String guide = text("hall-guide-a");
        assertThat(guide).contains("<b>营业执照</b>原件 · Business licence <script>x</script>",
                "取号 · Take a ticket", "窗口办理 · At the window", "办结时限 · Time limit: 即时办结 · Same day",
                "收费 · Fee: 不收费 · Free", "可以先在网上填写申请再来办理。");
        assertThat(descendants($(Component.class).id("hall-guide-a").getElement()))
                .as("markup in a guide is shown, never made").noneMatch(e -> !e.isTextNode() && e.getTag().equals("b")
                        || !e.isTextNode() && e.getTag().equals("script"));

        assertThat($(Anchor.class).id("hall-ask").getHref()).isEqualTo("ask/" + hall);
        assertThat($(Anchor.class).id("hall-ask-a").getHref()).isEqualTo("ask/" + hall + "?service=a");
        assertThat($(Anchor.class).id("hall-feedback").getHref()).isEqualTo("feedback/" + hall);
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(HallPageViewTest::descendants));
    }

    @Test
    void saysWhenTheHallIsOpenToday() {
        String hall = halls.createWithOpeningHours("A");
        // Monday 10:00 in Shanghai: open 09:00-12:00.
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0).atZone(SHANGHAI).toInstant());
        navigate("hall/" + hall, HallPageView.class);
        assertThat(text("hall-hours")).contains("今天开放时间 09:00–12:00", "Open today 09:00–12:00");
        assertThat(text("hall-open")).contains("现在开放", "Open now");

        clock.advance(Duration.ofHours(3));
        navigate("hall/" + hall, HallPageView.class);
        assertThat(text("hall-open")).contains("现在不在办公时间", "Closed now");

        clock.advance(Duration.ofDays(5));
        navigate("hall/" + hall, HallPageView.class);
        assertThat(text("hall-hours")).as("a Saturday").contains("今天不开放", "Closed today");
    }

    @Test
    void theHomePageListsTheHallsAndAnUnknownHallIsSaidSo() {
        String hall = halls.create("A");
        navigate("", HallPageView.class);
        assertThat($(Anchor.class).id("hall-choice-" + hall).getHref()).isEqualTo("hall/" + hall);

        navigate("hall/no-such-hall", HallPageView.class);
        assertThat(text("hall-none")).contains("没有这个办事大厅", "There is no such service center");
    }
}
