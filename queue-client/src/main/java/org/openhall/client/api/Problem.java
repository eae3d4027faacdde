package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem detail as the API returns it ({@code application/problem+json}).
 *
 * @param type  stable URI naming the kind of error, e.g. {@code https://openhall.org/problems/quota-reached}
 * @param code  the last path segment of {@code type}, handy for switch statements on the client
 */
public record Problem(@Nullable String type, @Nullable String title, int status, @Nullable String detail,
        @Nullable String code) {
}
