package org.openhall.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KioskTranslationsTest {

    private final Locale jvmDefault = Locale.getDefault();
    private final KioskTranslations translations = new KioskTranslations();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void anEnglishVisitorReadsEnglishEvenOnAKioskSetToChinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(translations.getTranslation("home.take", Locale.ENGLISH)).isEqualTo("Take a ticket");
        assertThat(translations.getTranslation("home.take", Locale.US)).isEqualTo("Take a ticket");
    }

    @Test
    void anyChineseLocaleReadsSimplifiedChinese() {
        assertThat(translations.getTranslation("home.take", Locale.CHINA)).isEqualTo("取号");
        assertThat(translations.getTranslation("home.take", Locale.forLanguageTag("zh"))).isEqualTo("取号");
    }

    @Test
    void fillsInParametersWithPluralsInEnglish() {
        assertThat(translations.getTranslation("ticket.people-ahead", Locale.ENGLISH, 0)).isEqualTo("You are next");
        assertThat(translations.getTranslation("ticket.people-ahead", Locale.ENGLISH, 1)).isEqualTo("1 person ahead of you");
        assertThat(translations.getTranslation("ticket.people-ahead", Locale.ENGLISH, 7)).isEqualTo("7 people ahead of you");
        assertThat(translations.getTranslation("ticket.people-ahead", Locale.CHINA, 7)).isEqualTo("前面还有 7 人");
    }

    @Test
    void aMissingTextShowsItsKeyRatherThanFailing() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }

    @Test
    void offersChineseFirst() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }
}
