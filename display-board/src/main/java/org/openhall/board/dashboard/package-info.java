/**
 * The managers' live dashboard: a hall's day so far (waits per service, windows, alerts, waiting
 * over the day, devices) as queue-service's statistics report it. It owns one shared
 * {@link org.openhall.board.dashboard.StatsRefresher} per hall and application instance, which
 * re-reads the statistics when the hall's feed reports a change (at most once per gap) and on a
 * timer, and hands every result to all open dashboards of the hall. Its view lives in {@code ui}.
 */
@NullMarked
package org.openhall.board.dashboard;

import org.jspecify.annotations.NullMarked;
