package org.openhall.board.dashboard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openhall.board.feed.FeedStatus;
import org.openhall.client.api.HallStats;

/**
 * What a hall's dashboards show at one moment. Immutable.
 *
 * @param hall        the hall's code
 * @param stats       the last statistics read; null until the first read succeeded. While
 *                    {@code status} is {@link FeedStatus#LOST} they are the last ones that could be
 *                    read, kept so that a manager still sees something, marked as out of date
 * @param status      {@code CONNECTING} before the first read, {@code LIVE} after a read succeeded,
 *                    {@code LOST} after one failed
 * @param statusSince when {@code status} last changed
 * @param updatedAt   when {@code stats} were read; null before the first success
 */
public record DashboardState(String hall, @Nullable HallStats stats, FeedStatus status, Instant statusSince,
        @Nullable Instant updatedAt) {

    static DashboardState initial(String hall, Instant now) {
        return new DashboardState(hall, null, FeedStatus.CONNECTING, now, null);
    }

    DashboardState read(HallStats newStats, Instant now) {
        return new DashboardState(hall, newStats, FeedStatus.LIVE, status == FeedStatus.LIVE ? statusSince : now, now);
    }

    DashboardState failed(Instant now) {
        return status == FeedStatus.LOST ? this : new DashboardState(hall, stats, FeedStatus.LOST, now, updatedAt);
    }
}
