package org.openhall.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.ticket.Refusals;

class TranslationBundlesTest {

    private final Map<String, String> chinese = KioskTranslations.load(KioskLanguages.CHINESE);
    private final Map<String, String> english = KioskTranslations.load(KioskLanguages.ENGLISH);

    @Test
    void everyChineseTextHasAnEnglishTwinAndViceVersa() {
        assertThat(english.keySet()).as("keys missing in English").containsAll(chinese.keySet());
        assertThat(chinese.keySet()).as("keys missing in Chinese").containsAll(english.keySet());
    }

    @Test
    void noTextIsBlank() {
        assertThat(chinese).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void everyTextIsAValidMessagePatternWithoutAnApostropheItWouldSwallow() {
        for (var bundle : Map.of(Locale.SIMPLIFIED_CHINESE, chinese, Locale.ENGLISH, english).entrySet()) {
            bundle.getValue().forEach((key, text) -> {
                assertThat(text).as(key).doesNotContain("'");
                assertThatCode(() -> new MessageFormat(text, bundle.getKey())).as(key).doesNotThrowAnyException();
            });
        }
    }

    @Test
    void everyKnownRefusalHasASentenceInBothLanguages() {
        for (String code : Refusals.KNOWN) {
            assertThat(chinese).containsKey("refusal." + code);
            assertThat(english).containsKey("refusal." + code);
        }
        assertThat(chinese).containsKey(Refusals.GENERIC);
    }
}
