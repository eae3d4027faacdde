package org.openhall.queue.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.openhall.queue.problem.QueueException;

/**
 * The visitor's pages speak Chinese and English at once: a phone's language says little about who
 * holds it in a service hall. Texts come from the translation files, as text, never as markup.
 */
public final class Bilingual {

    private Bilingual() {
    }

    public static String zh(String key, Object... params) {
        return I18NProvider.translate(Locale.SIMPLIFIED_CHINESE, key, params);
    }

    public static String en(String key, Object... params) {
        return I18NProvider.translate(Locale.ENGLISH, key, params);
    }

    /** "中文 · English" on one line. */
    public static String line(String key, Object... params) {
        return zh(key, params) + " · " + en(key, params);
    }

    /** The Chinese text with the English below it, smaller. */
    public static Div block(String key, Object... params) {
        Span chinese = new Span(zh(key, params));
        chinese.addClassName("oh-zh");
        Span english = new Span(en(key, params));
        english.addClassName("oh-en");
        Div both = new Div(chinese, english);
        both.addClassName("oh-bilingual");
        return both;
    }

    /** A refusal of the service in plain words, by its code. */
    public static String problem(QueueException e) {
        String key = "consult.error." + e.code();
        String zh = zh(key);
        return zh.contains(key) ? line("consult.error.other") : line(key);
    }
}
