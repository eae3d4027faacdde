package org.openhall.board.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SpeechPropertiesTest {

    @Test
    void byDefaultABoardSpeaksChineseThenEnglishOnceWithTheBrowsersVoices() {
        SpeechProperties speech = bind(Map.of());

        assertThat(speech).isEqualTo(SpeechProperties.defaults());
        assertThat(speech.enabled()).isTrue();
        assertThat(speech.languages()).containsExactly("zh-CN", "en-US");
        assertThat(speech.repeat()).isEqualTo(1);
        assertThat(speech.voiceZh()).isNull();
    }

    @Test
    void eachBoardChoosesItsLanguagesVoicesRepeatsAndRate() {
        SpeechProperties speech = bind(Map.of(
                "openhall.board.speech.languages", "en-GB",
                "openhall.board.speech.repeat", "2",
                "openhall.board.speech.voice-en", "Daniel",
                "openhall.board.speech.rate", "1.1",
                "openhall.board.speech.enabled", "false"));

        assertThat(speech.languages()).containsExactly("en-GB");
        assertThat(speech.repeat()).isEqualTo(2);
        assertThat(speech.voiceEn()).isEqualTo("Daniel");
        assertThat(speech.rate()).isEqualTo(1.1);
        assertThat(speech.enabled()).isFalse();
    }

    private static SpeechProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("openhall.board.speech", SpeechProperties.class);
    }
}
