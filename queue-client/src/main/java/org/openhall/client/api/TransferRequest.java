package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/tickets/{id}/transfer}: exactly one of a target service or a target
 * window, and an optional note for the receiving clerk.
 */
public record TransferRequest(@Nullable String service, @Nullable Long window, @Nullable String note) {

    public static TransferRequest toService(String service) {
        return new TransferRequest(service, null, null);
    }

    public static TransferRequest toWindow(long window) {
        return new TransferRequest(null, window, null);
    }
}
