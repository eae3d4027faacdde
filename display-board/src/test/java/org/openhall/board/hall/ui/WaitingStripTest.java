package org.openhall.board.hall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.board.feed.ServiceWaiting;
import org.openhall.client.api.LocalizedText;

/** The waiting strip sends boards only what changed: a call changes a count, not the strip. */
class WaitingStripTest {

    private static final LocalizedText LICENCE = LocalizedText.of("企业设立登记", "Company registration");
    private static final LocalizedText INSURANCE = LocalizedText.of("社会保险参保登记", "Social insurance enrolment");

    private final WaitingStrip strip = new WaitingStrip();

    @Test
    void updatesCountsAndEstimatesInPlaceWhenOnlyTheFiguresChange() {
        strip.show(List.of(waiting("a", "A", LICENCE, 3, Duration.ofMinutes(12)),
                waiting("b", "B", INSURANCE, 0, null)));
        List<Div> before = strip.tiles();

        strip.show(List.of(waiting("a", "A", LICENCE, 2, Duration.ofMinutes(8)),
                waiting("b", "B", INSURANCE, 1, Duration.ofMinutes(4))));

        assertThat(strip.tiles()).as("the same tiles, not new ones").containsExactlyElementsOf(before);
        assertThat(strip.shown()).containsExactly(java.util.Map.entry("a", 2), java.util.Map.entry("b", 1));
        assertThat(text(before.get(0))).contains("2").contains("约 8 分钟").contains("about 8 min")
                .doesNotContain("12");
        assertThat(text(before.get(1))).contains("约 4 分钟").doesNotContain("无需等候");
    }

    @Test
    void buildsNewTilesWhenTheServicesChange() {
        strip.show(List.of(waiting("a", "A", LICENCE, 3, null)));
        List<Div> before = strip.tiles();

        strip.show(List.of(waiting("a", "A", LICENCE, 3, null), waiting("b", "B", INSURANCE, 1, null)));

        assertThat(strip.tiles()).hasSize(2).doesNotContainAnyElementsOf(before);
        assertThat(text(strip.tiles().get(1))).contains("社会保险参保登记").contains("Social insurance enrolment");
    }

    private static ServiceWaiting waiting(String code, String prefix, LocalizedText name, int count,
            Duration estimate) {
        return new ServiceWaiting(code, prefix, name, count, Set.of(), estimate);
    }

    private static String text(Div tile) {
        return tile.getElement().getTextRecursively();
    }
}
