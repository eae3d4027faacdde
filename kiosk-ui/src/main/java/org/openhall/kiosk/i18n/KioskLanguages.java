package org.openhall.kiosk.i18n;

import java.util.Locale;
import org.openhall.kiosk.KioskProperties;
import org.springframework.stereotype.Component;

/**
 * The languages a visitor can choose. Every visit starts in the configured default language (Chinese
 * unless configured otherwise); the language switch toggles between the two.
 */
@Component
public class KioskLanguages {

    /** Simplified Chinese as used in mainland China. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale defaultLanguage;

    public KioskLanguages(KioskProperties properties) {
        this.defaultLanguage = supported(properties.kiosk().defaultLanguage());
    }

    /** The language a visit starts in. */
    public Locale defaultLanguage() {
        return defaultLanguage;
    }

    /** The language the switch offers while {@code current} is shown. */
    public static Locale other(Locale current) {
        return supported(current).equals(CHINESE) ? ENGLISH : CHINESE;
    }

    /** The text of {@code key} in the language {@code shown}, then in the other one. */
    public static String[] both(com.vaadin.flow.component.Component component, Locale shown, String key,
            Object... params) {
        return new String[] {component.getTranslation(shown, key, params),
                component.getTranslation(other(shown), key, params)};
    }

    /** The supported language closest to {@code locale}: Chinese for any {@code zh} locale, else English. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
