package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/halls/{hall}/tickets}. Channel defaults to WALK_IN and priority to NORMAL.
 */
public record IssueTicketRequest(String service, @Nullable Channel channel, @Nullable Priority priority) {

    public static IssueTicketRequest walkIn(String service) {
        return new IssueTicketRequest(service, Channel.WALK_IN, Priority.NORMAL);
    }
}
