package org.openhall.client.api;

import java.util.Locale;

/** A text in Simplified Chinese and English; the hall's two languages. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise (falling back to the other language when empty). */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }
}
