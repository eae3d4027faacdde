package org.openhall.board.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openhall.board.Stats;
import org.openhall.client.api.HallStats.WaitingPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WaitingChartTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 08:45 in Shanghai. */
    private static final Instant QUARTER_TO_NINE = Instant.parse("2026-03-02T00:45:00Z");

    @Test
    void drawsOnePointPerCountWithTheHeightScaledToARoundMaximum() throws Exception {
        List<WaitingPoint> points = Stats.points(QUARTER_TO_NINE, 0, 6, 14, 22, 31, 38);

        Document svg = parse(WaitingChart.svg(points, SHANGHAI, "Waiting"));

        List<Element> circles = elements(svg, "circle");
        assertThat(circles).hasSize(points.size());
        // The highest count is 38: the scale runs to 40 in steps of 10.
        assertThat(texts(svg, "y-label")).containsExactly("0", "10", "20", "30", "40");
        double bottom = WaitingChart.TOP + WaitingChart.PLOT_HEIGHT;
        for (int i = 0; i < points.size(); i++) {
            double expected = bottom - points.get(i).waiting() / 40.0 * WaitingChart.PLOT_HEIGHT;
            assertThat(Double.parseDouble(circles.get(i).getAttribute("cy"))).isCloseTo(expected, within(0.1));
            assertThat(circles.get(i).getAttribute("data-waiting")).isEqualTo(Integer.toString(points.get(i).waiting()));
        }
        assertThat(Double.parseDouble(circles.getLast().getAttribute("cy")))
                .isCloseTo(WaitingChart.TOP + WaitingChart.PLOT_HEIGHT * 0.05, within(0.1));
        assertThat(elements(svg, "polyline").getFirst().getAttribute("points").split(" ")).hasSize(points.size());
        // 08:45 to 10:00 in the hall's zone: whole hours from 08:00 to 10:00.
        assertThat(texts(svg, "x-label")).containsExactly("08:00", "09:00", "10:00");
        assertThat(Double.parseDouble(circles.getFirst().getAttribute("cx")))
                .isCloseTo(WaitingChart.LEFT + WaitingChart.PLOT_WIDTH * 0.375, within(0.1));
    }

    @Test
    void theScaleIsARoundNumberInAtMostFiveSteps() {
        assertThat(WaitingChart.yMax(0)).isEqualTo(5);
        assertThat(WaitingChart.yMax(7)).isEqualTo(8);
        assertThat(WaitingChart.step(8)).isEqualTo(2);
        assertThat(WaitingChart.yMax(38)).isEqualTo(40);
        assertThat(WaitingChart.yMax(101)).isEqualTo(150);
        assertThat(WaitingChart.step(150)).isEqualTo(50);
    }

    @Test
    void escapesEveryText() throws Exception {
        String title = "<script>alert('x')</script> & \"Co\"";

        String markup = WaitingChart.svg(Stats.points(QUARTER_TO_NINE, 3, 4), SHANGHAI, title);

        assertThat(markup).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
        Document svg = parse(markup);
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(elements(svg, "script")).isEmpty();
    }

    @Test
    void saysSoBeforeTheDaysFirstTicket() throws Exception {
        Document svg = parse(WaitingChart.svg(List.of(), SHANGHAI, "Waiting"));

        assertThat(elements(svg, "circle")).isEmpty();
        assertThat(texts(svg, "empty")).singleElement().asString().contains("No tickets yet today");
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> texts(Document svg, String cssClass) {
        return elements(svg, "text").stream().filter(e -> cssClass.equals(e.getAttribute("class")))
                .map(Element::getTextContent).toList();
    }
}
