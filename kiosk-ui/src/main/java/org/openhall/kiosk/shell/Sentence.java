package org.openhall.kiosk.shell;

import com.vaadin.flow.component.Component;

/**
 * A sentence for the visitor, kept as translation key and parameters so that it follows a language
 * switch.
 *
 * @param key     the translation key
 * @param problem whether it reports a problem (shown in the problem colours)
 * @param params  the translation's parameters
 */
public record Sentence(String key, boolean problem, Object... params) {

    public static Sentence info(String key, Object... params) {
        return new Sentence(key, false, params);
    }

    public static Sentence problem(String key, Object... params) {
        return new Sentence(key, true, params);
    }

    /** The sentence in {@code component}'s language. */
    public String in(Component component) {
        return component.getTranslation(key, params);
    }
}
