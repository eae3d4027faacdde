package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/halls/{hall}/tickets}. Channel defaults to WALK_IN and priority to NORMAL.
 *
 * @param idNumber the visitor's resident ID number, when they identified themselves at the kiosk:
 *                 the service keeps only a keyed hash and a masked form, and refuses a second
 *                 active ticket of the same person for the same service that day
 */
public record IssueTicketRequest(String service, @Nullable Channel channel, @Nullable Priority priority,
        @Nullable String idNumber) {

    public IssueTicketRequest(String service, @Nullable Channel channel, @Nullable Priority priority) {
        this(service, channel, priority, null);
    }

    public static IssueTicketRequest walkIn(String service) {
        return new IssueTicketRequest(service, Channel.WALK_IN, Priority.NORMAL);
    }
}
