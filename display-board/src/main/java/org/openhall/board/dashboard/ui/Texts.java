package org.openhall.board.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.openhall.client.api.LocalizedText;

/** Labels in Chinese and English at once, and durations as a manager reads them. */
final class Texts {

    private Texts() {
    }

    /** A label in both languages: {@code <span class="bilingual"><span class="zh">…</span><span class="en">…</span></span>}. */
    static Span bilingual(String zh, String en) {
        Span span = new Span(part("zh", zh), part("en", en));
        span.addClassName("bilingual");
        return span;
    }

    static Span bilingual(LocalizedText text) {
        return bilingual(text.zh(), text.en());
    }

    static Span part(String language, String text) {
        Span span = new Span(text);
        span.addClassName(language);
        span.getElement().setAttribute("lang", "zh".equals(language) ? "zh-CN" : "en");
        return span;
    }

    /** Whole minutes, rounded down: a wait of 29 min 59 s has not reached a 30-minute limit. */
    static long minutes(Duration duration) {
        return Math.max(0, duration.toMinutes());
    }

    /** "12 分钟" / "1 小时 5 分钟"; under a minute "不到 1 分钟". */
    static String durationZh(Duration duration) {
        long minutes = minutes(duration);
        if (minutes < 1) {
            return "不到 1 分钟";
        }
        return minutes < 60 ? minutes + " 分钟" : minutes / 60 + " 小时 " + minutes % 60 + " 分钟";
    }

    /** "12 min" / "1 h 5 min"; under a minute "under 1 min". */
    static String durationEn(Duration duration) {
        long minutes = minutes(duration);
        if (minutes < 1) {
            return "under 1 min";
        }
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** A duration in both languages. */
    static Span duration(Duration duration) {
        return bilingual(durationZh(duration), durationEn(duration));
    }
}
