package org.openhall.board.dashboard.ui;

import static org.openhall.board.dashboard.ui.Texts.bilingual;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openhall.client.api.DeviceView;

/**
 * The hall's kiosks and boards: how each reports itself, what is wrong in its own words, and
 * whether it has gone silent. The ones needing attention come first.
 */
final class DevicePanel extends Div {

    static final String FAULTY = "faulty";
    static final String SILENT = "silent";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Div rows = new Div();

    DevicePanel() {
        addClassNames("dash-panel", "dash-devices");
        Div title = new Div(bilingual("取号机与显示屏", "Kiosks and screens"));
        title.addClassName("dash-panel-title");
        rows.addClassName("device-rows");
        add(title, rows);
    }

    void show(List<DeviceView> devices, Instant now, ZoneId zone) {
        rows.removeAll();
        if (devices.isEmpty()) {
            Span none = bilingual("没有设备上报", "No device has reported");
            none.addClassName("dash-none");
            rows.add(none);
            return;
        }
        devices.stream()
                .sorted((a, b) -> Integer.compare(attention(b), attention(a)))
                .forEach(device -> rows.add(row(device, now, zone)));
    }

    /** Higher needs a look sooner: silent, out of service, degraded, fine. */
    private static int attention(DeviceView device) {
        return (device.silent() ? 4 : 0) + switch (device.state()) {
            case OUT_OF_SERVICE -> 2;
            case DEGRADED -> 1;
            case READY -> 0;
        };
    }

    private static Div row(DeviceView device, Instant now, ZoneId zone) {
        Span kind = switch (device.kind().toUpperCase(Locale.ROOT)) {
            case "KIOSK" -> bilingual("取号机", "Kiosk");
            case "BOARD" -> bilingual("显示屏", "Screen");
            default -> new Span(device.kind());
        };
        kind.addClassName("device-kind");
        Span id = new Span(device.device());
        id.addClassName("device-id");

        Span state = switch (device.state()) {
            case READY -> bilingual("正常", "Working");
            case DEGRADED -> bilingual("部分故障", "Degraded");
            case OUT_OF_SERVICE -> bilingual("停止服务", "Out of service");
        };
        state.addClassName("device-state");

        Div detail = new Div();
        detail.addClassName("device-detail");
        String text = Objects.requireNonNullElse(device.detail(), "").strip();
        if (!text.isEmpty()) {
            // The device's own words (e.g. "printer: paper out"), shown as reported.
            detail.add(new Span(text));
        }
        if (device.silent()) {
            Duration quiet = Duration.between(device.reportedAt(), now);
            Span silent = bilingual("失联 " + Texts.durationZh(quiet) + "（最后 " + TIME.format(device.reportedAt().atZone(zone)) + "）",
                    "Silent for " + Texts.durationEn(quiet));
            silent.addClassName("device-silent");
            detail.add(silent);
        }

        Div row = new Div(kind, id, state, detail);
        row.addClassName("device-row");
        row.getElement().setAttribute("data-device", device.device());
        row.getElement().setAttribute("data-state", device.state().name().toLowerCase(Locale.ROOT));
        row.setClassName(FAULTY, device.state() != org.openhall.client.api.DeviceState.READY);
        row.setClassName(SILENT, device.silent());
        return row;
    }

    List<Div> rows() {
        return rows.getChildren().filter(c -> c.hasClassName("device-row")).map(Div.class::cast).toList();
    }
}
