package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openhall.board.feed.ServiceWaiting;

/** How many wait for each service, along the bottom of the board. */
final class WaitingStrip extends Div {

    private final Div tiles = new Div();
    private @Nullable List<ServiceWaiting> shown;

    WaitingStrip() {
        addClassName("waiting-strip");
        Div title = new Div(new Bilingual("等候人数", "Waiting"));
        title.addClassName("waiting-title");
        tiles.addClassName("waiting-tiles");
        add(title, tiles);
        show(List.of());
    }

    void show(List<ServiceWaiting> services) {
        if (services.equals(shown)) {
            return;
        }
        shown = List.copyOf(services);
        tiles.removeAll();
        if (services.isEmpty()) {
            Bilingual none = new Bilingual("暂无数据", "No data yet");
            none.addClassName("waiting-none");
            tiles.add(none);
        }
        for (ServiceWaiting service : services) {
            Span prefix = new Span(service.prefix());
            prefix.addClassName("waiting-prefix");
            Bilingual name = new Bilingual(service.name());
            name.addClassName("waiting-name");
            Span count = new Span(Integer.toString(service.count()));
            count.addClassName("waiting-count");
            Div tile = new Div(prefix, name, count);
            tile.addClassName("waiting-tile");
            tile.getElement().setAttribute("data-service", service.service());
            tiles.add(tile);
        }
    }

    /** Service code to the count shown, in display order. */
    Map<String, Integer> shown() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Objects.requireNonNull(shown).forEach(service -> counts.put(service.service(), service.count()));
        return counts;
    }
}
