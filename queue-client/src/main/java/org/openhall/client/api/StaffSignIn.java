package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * A staff member's username and password, checked by queue-service for another app's sign-in page
 * ({@code POST /api/staff/sign-in}), for example the managers' dashboard on display-board. It is
 * throttled and audited like the console's own sign-in.
 *
 * @param from the address the person signs in from, as the app that asks saw it (for the audit); null
 *             when unknown
 */
public record StaffSignIn(String username, String password, @Nullable String from) {

    @Override
    public String toString() {
        return "StaffSignIn[" + username + ", from " + from + "]";
    }
}
