package org.openhall.queue.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openhall.client.api.TicketStatus;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

/**
 * Closes the queues of service days that are over. Numbers start again every day, so a ticket left
 * waiting from yesterday would share its number with one of today's and be called before it. Once a
 * hall's new service day has begun, its earlier days' tickets still waiting (or transferred) are
 * cancelled, and those called but never served are marked no-show, each with its event as if a
 * clerk had done it. Tickets being served are left to their clerk.
 */
@Service
public class DayEnd {

    private static final Logger log = LoggerFactory.getLogger(DayEnd.class);

    private final HallCatalog catalog;
    private final TicketDesk desk;
    private final JdbcClient jdbc;
    private final Clock clock;

    DayEnd(HallCatalog catalog, TicketDesk desk, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.desk = desk;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Closes every hall's earlier service days; returns how many tickets it closed. */
    public int closeEarlierDays() {
        int closed = 0;
        for (Hall hall : catalog.halls()) {
            closed += closeEarlierDays(hall);
        }
        return closed;
    }

    private int closeEarlierDays(Hall hall) {
        Instant now = clock.instant();
        LocalDate today = hall.serviceDayAt(now);
        record Left(String publicId, String number, LocalDate day, TicketStatus status) {
        }
        List<Left> left = jdbc.sql("""
                SELECT public_id, number, service_day, status FROM ticket
                WHERE hall_code = ? AND service_day < ? AND status IN ('WAITING', 'TRANSFERRED', 'CALLED')
                ORDER BY id""")
                .params(hall.code(), today)
                .query((rs, n) -> new Left(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        TicketStatus.valueOf(rs.getString(4))))
                .list();
        int closed = 0;
        for (Left ticket : left) {
            try {
                if (ticket.status() == TicketStatus.CALLED) {
                    desk.noShow(ticket.publicId());
                } else {
                    desk.cancel(ticket.publicId());
                }
                closed++;
            } catch (QueueException changedMeanwhile) {
                // A clerk served, completed or cancelled it between the read and now: nothing to close.
                log.debug("Ticket {} of {} in hall {} changed before the day end reached it: {}", ticket.number(),
                        ticket.day(), hall.code(), changedMeanwhile.getMessage());
            }
        }
        if (closed > 0) {
            log.info("Hall {}: closed {} tickets left from service days before {}", hall.code(), closed, today);
        }
        return closed;
    }

    /** Runs the day end every {@code openhall.day-end.interval}, unless it is disabled. */
    @Configuration(proxyBeanMethods = false)
    static class Scheduling implements SchedulingConfigurer {

        private final DayEnd dayEnd;
        private final DayEndProperties properties;

        Scheduling(DayEnd dayEnd, DayEndProperties properties) {
            this.dayEnd = dayEnd;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar tasks) {
            if (properties.enabled()) {
                tasks.addFixedDelayTask(new FixedDelayTask(dayEnd::closeEarlierDays, properties.interval(),
                        properties.interval()));
            }
        }
    }
}
