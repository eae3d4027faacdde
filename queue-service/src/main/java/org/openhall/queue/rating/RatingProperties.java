package org.openhall.queue.rating;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ratings of visits.
 *
 * @param window how long after its completion a ticket may be rated
 */
@Validated
@ConfigurationProperties("openhall.ratings")
public record RatingProperties(@DefaultValue("7d") @NotNull @DurationMin(minutes = 1) Duration window) {
}
