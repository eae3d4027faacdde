package org.openhall.kiosk.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations of every text a visitor reads, from {@code kiosk-translations_zh_CN.properties} and
 * {@code kiosk-translations_en.properties} (UTF-8). Any {@code zh} locale reads the Chinese bundle and
 * any other locale the English one.
 *
 * <p>Vaadin's default provider goes through {@link java.util.ResourceBundle}, which falls back to the
 * JVM's default locale before the base bundle: on a kiosk whose operating system is set to Chinese, an
 * English visitor would silently get Chinese. Reading the two files directly keeps the choice in the
 * visitor's hands.
 */
@Component
public class KioskTranslations implements I18NProvider {

    /** The bundles' common base name on the class path. */
    public static final String BUNDLE = "kiosk-translations";

    private static final Logger log = LoggerFactory.getLogger(KioskTranslations.class);

    private final Map<Locale, Map<String, String>> bundles;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    public KioskTranslations() {
        this.bundles = Map.of(
                KioskLanguages.CHINESE, load(KioskLanguages.CHINESE),
                KioskLanguages.ENGLISH, load(KioskLanguages.ENGLISH));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(KioskLanguages.CHINESE, KioskLanguages.ENGLISH);
    }

    /**
     * The text for {@code key} in the language closest to {@code locale}, with {@code params} filled in
     * by {@link MessageFormat} when there are any. A missing key yields the key itself (and a warning in
     * the log), never an exception: a visitor must never face an error page for a missing text.
     */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = KioskLanguages.supported(locale == null ? KioskLanguages.CHINESE : locale);
        String text = bundles.get(language).get(key);
        if (text == null) {
            if (reportedMissing.add(language + ":" + key)) {
                log.warn("No {} translation for '{}'", language, key);
            }
            return key;
        }
        return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    }

    /** Loads one language's bundle as it is on the class path. */
    static Map<String, String> load(Locale language) {
        String name = BUNDLE + "_" + language.toString() + ".properties";
        var stream = KioskTranslations.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("Missing translation bundle " + name);
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(reader);
            var texts = new HashMap<String, String>();
            properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translation bundle " + name, e);
        }
    }
}
