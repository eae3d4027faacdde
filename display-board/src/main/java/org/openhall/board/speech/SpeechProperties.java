package org.openhall.board.speech;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a hall board speaks its calls, under {@code openhall.board.speech.*}.
 *
 * @param enabled   whether the board speaks at all
 * @param languages the languages of each announcement, in the order spoken, as BCP 47 tags; Chinese
 *                  ({@code zh…}) and English ({@code en…}) are known
 * @param repeat    how many times each announcement is said (1 = once), after a single chime
 * @param voiceZh   the name of the browser voice for Chinese; the browser's first voice for the
 *                  language when not set or not installed
 * @param voiceEn   the same for English
 * @param rate      speaking rate, 1 being the voice's normal speed; a little slower carries better in
 *                  a hall
 */
@ConfigurationProperties("openhall.board.speech")
@Validated
public record SpeechProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"zh-CN", "en-US"}) @NotEmpty List<@Pattern(regexp = LANGUAGE) String> languages,
        @DefaultValue("1") @Min(1) @Max(5) int repeat,
        @Nullable String voiceZh,
        @Nullable String voiceEn,
        @DefaultValue("0.9") @DecimalMin("0.5") @DecimalMax("2.0") double rate) {

    /** A Chinese or English language tag: {@code zh}, {@code zh-CN}, {@code en-GB}… */
    public static final String LANGUAGE = "(zh|en)(-[A-Za-z0-9]{1,8})*";

    public SpeechProperties {
        languages = List.copyOf(languages);
    }

    /** The defaults: Chinese then English, said once, at 0.9 × speed, with the browser's voices. */
    public static SpeechProperties defaults() {
        return new SpeechProperties(true, List.of("zh-CN", "en-US"), 1, null, null, 0.9);
    }
}
