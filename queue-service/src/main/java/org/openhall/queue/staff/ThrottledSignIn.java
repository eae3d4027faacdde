package org.openhall.queue.staff;

import org.jspecify.annotations.Nullable;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs staff in with their username and password: refused while the username or address is
 * throttled, counted as a failure when wrong (or the account inactive), and audited either way.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final StaffRepository members;
    private final AuditLog audit;

    ThrottledSignIn(StaffAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, StaffRepository members,
            AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.members = members;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        return authenticate(attempt, "console");
    }

    /**
     * Checks the attempt, throttled and audited; a success is audited as a sign-in through
     * {@code via} ("console", "dashboard"), or not at all when {@code via} is null (the API's
     * per-request credentials: the actions themselves are audited).
     */
    Authentication authenticate(Authentication attempt, @Nullable String via) {
        String username = StaffAccounts.normalise(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            failed(username, address, "refused: too many failed sign-ins, locked until " + locked.get());
            throw new SignInThrottledException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            StaffMember member = ((StaffPrincipal) result.getPrincipal()).member();
            if (via != null) {
                audit.record(actor(member), AuditAction.SIGN_IN, null, null, "console".equals(via) ? null : "via " + via,
                        address);
                log.info("Staff member {} signed in from {} via {}", username, address, via);
            }
            return result;
        } catch (DisabledException e) {
            throttle.failed(username, address);
            failed(username, address, "refused: account inactive");
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            failed(username, address, "refused: wrong username or password");
            throw e;
        }
    }

    private void failed(String username, @Nullable String address, String why) {
        var member = members.findByUsername(username);
        String typed = username.length() > 64 ? username.substring(0, 64) : username;
        audit.record(member.map(ThrottledSignIn::actor).orElse(new AuditEvent.Actor(null, typed, null)),
                AuditAction.SIGN_IN_FAILED, null, null, why, address);
        log.warn("Sign-in as {} from {} {}", username, address, why);
    }

    static AuditEvent.Actor actor(StaffMember member) {
        return new AuditEvent.Actor(member.id(), member.username(), member.role().name());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
