package org.openhall.board.signin;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a manager in to the dashboard by asking queue-service to check the username and password
 * ({@code POST /api/staff/sign-in}, which throttles and audits it, counting failures against the
 * browser's address). Only managers and admins get in, with the role {@code ROLE_MANAGER} or
 * {@code ROLE_ADMIN}; a clerk's right password is refused as {@link SignInRefusal#NOT_A_MANAGER}.
 * The signed-in authentication carries a {@link SignedInManager} and no credentials.
 */
final class ManagerSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ManagerSignIn.class);

    /** queue-service's codes for a device token it does not accept: this board's set-up, not the password. */
    private static final Set<String> TOKEN_REFUSED = Set.of("invalid-token", "token-revoked");

    private final QueueApi api;

    /** @param api the client of this instance's own hall, which sends its board token */
    ManagerSignIn(QueueApi api) {
        this.api = api;
    }

    /** Checks the attempt, then erases its password whatever the outcome. */
    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return check(attempt);
        } finally {
            if (attempt instanceof CredentialsContainer typed) {
                typed.eraseCredentials();
            }
        }
    }

    private Authentication check(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        String password = attempt.getCredentials() instanceof String typed ? typed : "";
        String from = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (username.isEmpty() || password.isEmpty()) {
            throw new BadCredentialsException("A username and a password are required");
        }
        StaffView person;
        try {
            person = api.signIn(new StaffSignIn(username, password, from));
        } catch (QueueUnavailableException down) {
            log.warn("Cannot check the sign-in of {} from {}: queue-service does not answer ({})", username, from,
                    down.getMessage());
            throw new SignInRefusedException(SignInRefusal.UNAVAILABLE, "queue-service does not answer");
        } catch (QueueApiException refused) {
            throw refusal(username, from, refused);
        }
        if (!person.isManager()) {
            log.warn("Refused the dashboard to {} ({}) from {}: it is for managers and admins", person.username(),
                    person.role(), from);
            throw new SignInRefusedException(SignInRefusal.NOT_A_MANAGER, "The dashboard is for managers and admins");
        }
        var manager = new SignedInManager(person.username(), person.name(), person.badge(), person.role());
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(manager, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + person.role())));
        signedIn.setDetails(attempt.getDetails());
        log.info("{} {} signed in to the dashboard from {}", person.role(), person.username(), from);
        return signedIn;
    }

    private static AuthenticationException refusal(String username, @Nullable String from, QueueApiException refused) {
        if (refused.status() == 401 && !TOKEN_REFUSED.contains(refused.code())) {
            return new BadCredentialsException("Wrong username or password");
        }
        if (refused.status() == 429) {
            return new SignInRefusedException(SignInRefusal.THROTTLED, "Too many failed sign-ins, try later");
        }
        // Anything else is this board's or queue-service's problem, not the person's: say so in the log.
        log.warn("queue-service could not check the sign-in of {} from {}: {}{}", username, from, refused.getMessage(),
                refused.status() == 401 || refused.status() == 403
                        ? " (is openhall.queue.token a board token of this board's hall?)" : "");
        return new SignInRefusedException(SignInRefusal.UNAVAILABLE, "queue-service could not check the sign-in");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
