package org.openhall.queue.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The audit trail. {@link #record} joins the caller's transaction when there is one, so an action
 * and its audit row commit or roll back together; rows are never changed or removed.
 */
@Service
public class AuditLog {

    private final AuditRepository rows;
    private final Clock clock;

    AuditLog(AuditRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Appends one audited action, timed now. */
    public void record(AuditEvent.Actor actor, AuditAction action, @Nullable String hall,
            AuditEvent.@Nullable Target target, @Nullable String detail, @Nullable String remoteAddress) {
        rows.insert(clock.instant(), actor, action, hall, target, detail, remoteAddress);
    }

    /** The actions of one day in the zone given, newest first, of one staff member or of everybody. */
    public List<AuditEvent> day(LocalDate day, ZoneId zone, @Nullable Long actorId, int limit) {
        return rows.find(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), actorId,
                limit);
    }

    /**
     * The staff member who last did {@code action} to the target (e.g. who completed a ticket), if
     * any; an attempt that was refused (and audited as such) does not count.
     */
    public java.util.Optional<Long> lastActor(AuditAction action, AuditEvent.Target target) {
        return rows.lastActor(action, target);
    }

    /** The newest actions, newest first. */
    public List<AuditEvent> latest(int limit) {
        return rows.latest(limit);
    }
}
