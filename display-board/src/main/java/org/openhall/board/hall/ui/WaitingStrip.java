package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openhall.board.feed.ServiceWaiting;
import org.openhall.client.api.LocalizedText;

/**
 * How many wait for each service and about how long a ticket taken now waits, along the bottom of
 * the board. Every service gets a tile with its full name in both languages: with more than five
 * services the tiles take two rows (three beyond ten) rather than cutting names short, because a
 * visitor looks for their matter by name.
 */
final class WaitingStrip extends Div {

    /** Marks a name that wraps onto further lines instead of being cut. */
    static final String WRAPPING = "wrapping";

    private final Div tiles = new Div();
    private @Nullable List<ServiceWaiting> shown;
    private final List<Tile> shownTiles = new ArrayList<>();

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
        List<ServiceWaiting> before = shown;
        shown = List.copyOf(services);
        if (before != null && !before.isEmpty() && sameServices(before, services)) {
            // Only counts and estimates changed (every call changes one): update the tiles' figures in
            // place, so that a hundred open boards are sent a few texts, not the whole strip again.
            for (int i = 0; i < services.size(); i++) {
                shownTiles.get(i).show(services.get(i));
            }
            return;
        }
        tiles.removeAll();
        shownTiles.clear();
        int columns = columns(services.size());
        tiles.getStyle().set("--waiting-columns", Integer.toString(columns));
        tiles.getElement().setAttribute("data-rows",
                Integer.toString(Math.max(1, (services.size() + columns - 1) / columns)));
        if (services.isEmpty()) {
            Bilingual none = new Bilingual("暂无数据", "No data yet");
            none.addClassName("waiting-none");
            tiles.add(none);
        }
        for (ServiceWaiting service : services) {
            Tile tile = new Tile(service);
            shownTiles.add(tile);
            tiles.add(tile.root);
        }
    }

    /** The same services with the same names in the same order: only their figures may differ. */
    private static boolean sameServices(List<ServiceWaiting> a, List<ServiceWaiting> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ServiceWaiting x = a.get(i);
            ServiceWaiting y = b.get(i);
            if (!x.service().equals(y.service()) || !x.prefix().equals(y.prefix()) || !x.name().equals(y.name())) {
                return false;
            }
        }
        return true;
    }

    /** One row up to five services, two rows up to ten, three beyond. */
    static int columns(int services) {
        if (services <= 5) {
            return Math.max(1, services);
        }
        return services <= 10 ? (services + 1) / 2 : (services + 2) / 3;
    }

    /** One service's tile; its count and estimate change in place. */
    private static final class Tile {

        final Div root;
        private final Span count = new Span();
        private final Div figures;
        private @Nullable Div eta;
        private @Nullable LocalizedText etaText;

        Tile(ServiceWaiting service) {
            Span prefix = new Span(service.prefix());
            prefix.addClassName("waiting-prefix");
            Div name = new Div(text("zh", service.name().zh()), text("en", service.name().en()));
            name.addClassNames("waiting-name", WRAPPING);
            count.addClassName("waiting-count");
            figures = new Div(count);
            figures.addClassName("waiting-figures");
            root = new Div(prefix, name, figures);
            root.addClassName("waiting-tile");
            root.getElement().setAttribute("data-service", service.service());
            show(service);
        }

        void show(ServiceWaiting service) {
            String shownCount = Integer.toString(service.count());
            if (!shownCount.equals(count.getText())) {
                count.setText(shownCount);
            }
            LocalizedText nextEta = etaText(service);
            if (!Objects.equals(nextEta, etaText)) {
                if (eta != null) {
                    figures.remove(eta);
                }
                eta = nextEta == null ? null : eta(nextEta);
                etaText = nextEta;
                if (eta != null) {
                    figures.add(eta);
                }
            }
        }
    }

    /** "约 15 分钟 / about 15 min"; "无需等候 / No wait" when nobody waits; none without an estimate. */
    private static @Nullable LocalizedText etaText(ServiceWaiting service) {
        Duration estimate = service.estimatedWait();
        if (service.count() == 0) {
            return LocalizedText.of("无需等候", "No wait");
        }
        if (estimate == null) {
            return null;
        }
        long minutes = Math.max(1, Math.round(estimate.toSeconds() / 60.0));
        return LocalizedText.of("约 " + minutes + " 分钟", "about " + minutes + " min");
    }

    private static Div eta(LocalizedText text) {
        Div eta = new Div(text("zh", text.zh()), text("en", text.en()));
        eta.addClassName("waiting-eta");
        return eta;
    }

    private static Span text(String language, String text) {
        Span span = new Span(text);
        span.addClassName(language);
        span.getElement().setAttribute("lang", "zh".equals(language) ? "zh-CN" : "en");
        return span;
    }

    /** Service code to the count shown, in display order. */
    Map<String, Integer> shown() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Objects.requireNonNull(shown).forEach(service -> counts.put(service.service(), service.count()));
        return counts;
    }

    /** The tiles as shown: one {@link Div} per service, in display order. */
    List<Div> tiles() {
        return tiles.getChildren().filter(c -> c.hasClassName("waiting-tile")).map(Div.class::cast).toList();
    }

    /** How many columns the tiles are laid out in. */
    int columns() {
        return Integer.parseInt(Objects.requireNonNull(tiles.getStyle().get("--waiting-columns")));
    }
}
