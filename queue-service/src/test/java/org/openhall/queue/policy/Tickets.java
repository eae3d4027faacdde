package org.openhall.queue.policy;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;

/** Builds the tickets and windows of the policy tests. */
final class Tickets {

    /** 09:00 in Asia/Shanghai, the demo hall's opening. */
    static final Instant OPENING = Instant.parse("2025-03-03T01:00:00Z");

    private Tickets() {
    }

    /** The instant some minutes after opening. */
    static Instant minute(double minutes) {
        return OPENING.plusMillis(Math.round(minutes * 60_000));
    }

    static Builder ticket(String id) {
        return new Builder(id);
    }

    /** Window 1 of the demo hall: company registration (A, 1.0) and invoices (C, 0.6). */
    static WindowProfile businessWindow() {
        return WindowProfile.serving(1, Map.of("A", 1.0, "C", 0.6));
    }

    static final class Builder {
        private final String id;
        private String service = "A";
        private Priority priority = Priority.NORMAL;
        private Instant waitingSince = OPENING;
        private long sequence;
        private @Nullable Long targetWindowId;
        private @Nullable Instant appointmentAt;

        private Builder(String id) {
            this.id = id;
        }

        Builder service(String service) {
            this.service = service;
            return this;
        }

        Builder waitingSince(Instant waitingSince) {
            this.waitingSince = waitingSince;
            return this;
        }

        Builder waitingSinceMinute(double minutes) {
            return waitingSince(minute(minutes));
        }

        Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        Builder green() {
            this.priority = Priority.GREEN_CHANNEL;
            return this;
        }

        /** An appointment ticket booked at the given minute, or without a known booked time if null. */
        Builder appointmentAtMinute(@Nullable Double minutes) {
            this.priority = Priority.APPOINTMENT;
            this.appointmentAt = minutes == null ? null : minute(minutes);
            return this;
        }

        Builder transferredTo(long windowId) {
            this.targetWindowId = windowId;
            return this;
        }

        WaitingTicket build() {
            return new WaitingTicket(id, service, priority, waitingSince, sequence, targetWindowId, appointmentAt);
        }
    }
}
