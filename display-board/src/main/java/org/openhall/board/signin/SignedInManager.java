package org.openhall.board.signin;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A manager or admin signed in to the dashboard, as queue-service described them at sign-in. Holds
 * no password: nothing of the sign-in's secret is kept once it has been checked.
 *
 * @param displayName their name as their window shows it
 * @param role        {@code MANAGER} or {@code ADMIN}
 */
public record SignedInManager(String username, String displayName, String badge, String role)
        implements AuthenticatedPrincipal, Serializable {

    /** The username, which is what Spring Security calls the principal's name. */
    @Override
    public String getName() {
        return username;
    }
}
