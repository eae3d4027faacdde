package org.openhall.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.checkin.ui.IdCheckInView;
import org.openhall.kiosk.consult.ui.AskScreen;
import org.openhall.kiosk.checkin.ui.ScanView;
import org.openhall.kiosk.feedback.ui.FeedbackScreen;
import org.openhall.kiosk.guide.ui.ServiceGuideView;
import org.openhall.kiosk.myticket.ui.MyTicketView;
import org.openhall.kiosk.rating.ui.RateVisitScreen;

class KioskPathsTest extends KioskViewTest {

    @Test
    void theHomeScreenHasATargetForEveryPathInBothLanguages() {
        navigate(HomeView.class);

        assertThat(textOf("path-scan")).contains("扫码签到").contains("Scan a QR code");
        assertThat(textOf("path-id")).contains("身份证办理").contains("Check in by ID");
        assertThat(textOf("path-guide")).contains("办事指南").contains("Service guide");
        assertThat(textOf("path-my-ticket")).contains("我的排队").contains("My ticket");
        assertThat(textOf("path-feedback")).contains("投诉建议").contains("Complaint or suggestion");
        assertThat(textOf("path-rate")).contains("评价服务").contains("Rate a visit");
        assertThat(textOf("path-ask")).contains("咨询").contains("Ask a question");
    }

    @Test
    void eachTargetLeadsToItsScreen() {
        var screens = Map.of("path-scan", ScanView.class, "path-id", IdCheckInView.class, "path-guide",
                ServiceGuideView.class, "path-my-ticket", MyTicketView.class, "path-feedback", FeedbackScreen.class, "path-rate",
                RateVisitScreen.class, "path-ask", AskScreen.class);
        screens.forEach((target, screen) -> {
            navigate(HomeView.class);
            tap(target);
            assertThat(getCurrentView()).as(target).isInstanceOf(screen);
        });
    }

    @Test
    void largeTextIsKeptForTheVisitAndSwitchedOffWhenItEnds() {
        navigate(HomeView.class);
        assertThat(textOf("large-text")).isEqualTo("A+");

        tap("large-text");
        assertThat(largeText()).isTrue();
        assertThat(textOf("large-text")).isEqualTo("A−");

        tap("path-guide");
        assertThat(largeText()).as("kept on the next screen").isTrue();

        tap("back-home");
        assertThat(largeText()).as("the visit ended").isFalse();
        assertThat(textOf("large-text")).isEqualTo("A+");
    }

    @Test
    void theLargeTextToggleSwitchesBackOff() {
        navigate(HomeView.class);
        tap("large-text");
        tap("large-text");

        assertThat(largeText()).isFalse();
    }

    @Test
    void anIdleScreenCountsDownVisiblyThenGoesHomeInChineseWithNormalText() {
        navigate(HomeView.class);
        tap("large-text");
        tap("language-switch");
        tap("path-guide");

        passTime(Duration.ofSeconds(49));
        assertThat(isShown("idle-countdown")).as("not in the last ten seconds yet").isFalse();

        passTime(Duration.ofSeconds(1));
        assertThat(textOf("idle-countdown")).contains("Back to the start in 10 seconds")
                .contains("Touch the screen to continue");

        passTime(Duration.ofSeconds(9));
        assertThat(getCurrentView()).isInstanceOf(ServiceGuideView.class);
        passTime(Duration.ofSeconds(1));

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(largeText()).isFalse();
    }

    @Test
    void anyTouchRestartsTheIdleTimeAndHidesTheCountdown() {
        navigate(ScanView.class);
        passTime(Duration.ofSeconds(55));
        assertThat(isShown("idle-countdown")).isTrue();

        touchTheScreen();

        assertThat(isShown("idle-countdown")).isFalse();
        passTime(Duration.ofSeconds(55));
        assertThat(getCurrentView()).isInstanceOf(ScanView.class);
        passTime(Duration.ofSeconds(5));
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void anIdleHomeScreenDropsTheLastVisitorsChoices() {
        navigate(HomeView.class);
        tap("large-text");
        tap("language-switch");

        passTime(Duration.ofSeconds(60));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(largeText()).isFalse();
        assertThat(isShown("idle-countdown")).as("no countdown on the home screen").isFalse();
    }

    private void touchTheScreen() {
        var layout = $(KioskLayout.class).single();
        var event = new DomEvent(layout.getElement(), "pointerdown", JacksonUtils.createObjectNode());
        layout.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(event);
    }

    private static boolean largeText() {
        return UI.getCurrent().getElement().getClassList().contains(LargeText.CLASS_NAME);
    }
}
