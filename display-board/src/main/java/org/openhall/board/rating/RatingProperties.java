package org.openhall.board.rating;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The window's rating screen, under {@code openhall.board.rating.*}.
 *
 * @param timeout how long the screen asks for a rating of a completed visit (since the last touch)
 *                before it goes back to idle unrated
 * @param thanks  how long the thank-you (or a refusal) stays before the screen goes back to idle
 */
@ConfigurationProperties("openhall.board.rating")
@Validated
public record RatingProperties(
        @DefaultValue("2m") @DurationMin(seconds = 1) Duration timeout,
        @DefaultValue("10s") @DurationMin(seconds = 1) Duration thanks) {

    public static RatingProperties defaults() {
        return new RatingProperties(Duration.ofMinutes(2), Duration.ofSeconds(10));
    }
}
