package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Span;
import org.openhall.client.api.LocalizedText;

/** A label in Chinese and English at once: the board serves both without a language switch. */
final class Bilingual extends Span {

    Bilingual(String zh, String en) {
        addClassName("bilingual");
        add(part("zh", zh), part("en", en));
    }

    Bilingual(LocalizedText text) {
        this(text.zh(), text.en());
    }

    private static Span part(String language, String text) {
        Span span = new Span(text);
        span.addClassName(language);
        span.getElement().setAttribute("lang", "zh".equals(language) ? "zh-CN" : "en");
        return span;
    }
}
