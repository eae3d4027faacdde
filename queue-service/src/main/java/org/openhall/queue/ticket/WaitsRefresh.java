package org.openhall.queue.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@code openhall.waits.refresh} (never when it is 0), plays again each open hall whose latest play
 * is at least that old ({@link HallWaits#refresh}). No write plays the hall's queue, and a play after a
 * write is made only for the writes that leave a ticket waiting, so in a quiet hall the latest
 * play would be older than the 30 s a ticket's event may take its estimate from at every issue: the
 * board, which takes a service's "wait for a ticket taken now" from the events of tickets issued to the
 * back of its queue, would then keep an old figure all day.
 */
@Configuration(proxyBeanMethods = false)
class WaitsRefresh implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WaitsRefresh.class);

    private final HallWaits waits;
    private final HallCatalog catalog;
    private final Clock clock;
    private final WaitsProperties properties;

    WaitsRefresh(HallWaits waits, HallCatalog catalog, Clock clock, WaitsProperties properties) {
        this.waits = waits;
        this.catalog = catalog;
        this.clock = clock;
        this.properties = properties;
    }

    /** Plays again each hall open now (or without enforced hours) whose latest play is at least the interval old. */
    void refresh() {
        for (Hall hall : catalog.halls()) {
            Instant now = clock.instant();
            if (hall.enforceOpeningHours() && !hall.isOpenAt(now)) {
                continue;
            }
            try {
                waits.refresh(hall.code(), properties.refresh(), clock);
            } catch (RuntimeException e) {
                log.warn("Could not refresh the wait estimates of hall {}; its tickets' events may carry none"
                        + " until its next play", hall.code(), e);
            }
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration interval = properties.refresh();
        if (interval.isPositive()) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, interval, interval));
        }
    }
}
