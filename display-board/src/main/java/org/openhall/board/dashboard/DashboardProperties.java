package org.openhall.board.dashboard;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the managers' dashboard keeps current, under {@code openhall.board.dashboard.*}.
 *
 * @param refreshInterval how often the statistics are read even when nothing happens in the hall
 *                        (waits grow with time); also the longest wait between two attempts while
 *                        they cannot be read
 * @param minRefreshGap   the shortest time between two reads: a burst of hall events costs one read
 *                        per gap, and the first retry after a failure comes after one gap
 */
@ConfigurationProperties("openhall.board.dashboard")
@Validated
public record DashboardProperties(
        @DefaultValue("10s") @DurationMin(millis = 10) Duration refreshInterval,
        @DefaultValue("1s") @DurationMin(millis = 1) Duration minRefreshGap) {

    public DashboardProperties {
        if (minRefreshGap.compareTo(refreshInterval) > 0) {
            throw new IllegalArgumentException("openhall.board.dashboard.min-refresh-gap (" + minRefreshGap
                    + ") must not exceed refresh-interval (" + refreshInterval + ")");
        }
    }
}
