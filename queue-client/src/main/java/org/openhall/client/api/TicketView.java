package org.openhall.client.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One visit.
 *
 * @param id             opaque identifier, used in {@code /api/tickets/{id}}
 * @param number         what the visitor sees, prefix and daily sequence (e.g. {@code A023})
 * @param serviceDay     the date in the hall's zone the number belongs to
 * @param position       people ahead of this ticket while it waits, null otherwise
 * @param estimatedWait  estimated time until called while it waits, null otherwise
 * @param statusUrl      the public page showing this ticket's status
 * @param windowId       the window that holds (or last held) it
 * @param windowNumber   that window's number
 * @param targetWindowId the window a transfer sent it to, if any
 * @param callCount      how many times it was called (recalls included)
 * @param holder         the visitor's masked name ({@code 张*}) when a pre-application or appointment
 *                       gave it, never a full name; public screens show it only when told to
 */
public record TicketView(String id, String hall, String number, LocalDate serviceDay, String service,
        LocalizedText serviceName, Channel channel, Priority priority, TicketStatus status,
        @Nullable Integer position, @Nullable Duration estimatedWait, String statusUrl, Instant issuedAt,
        @Nullable Instant calledAt, @Nullable Instant startedAt, @Nullable Instant endedAt,
        @Nullable Long windowId, @Nullable Integer windowNumber, @Nullable Long targetWindowId, int callCount,
        @Nullable String holder) {
}
