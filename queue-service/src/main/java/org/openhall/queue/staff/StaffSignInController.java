package org.openhall.queue.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.openhall.client.api.StaffSignIn;
import org.openhall.client.api.StaffView;
import org.openhall.queue.problem.QueueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/staff/sign-in}: checks a staff member's password for another app's sign-in page
 * (the managers' dashboard on display-board). Throttled and audited exactly like the console's
 * sign-in, counting failures against the address the person signs in from.
 */
@RestController
class StaffSignInController {

    private final ThrottledSignIn signIn;

    StaffSignInController(ThrottledSignIn signIn) {
        this.signIn = signIn;
    }

    @PostMapping("/api/staff/sign-in")
    StaffView signIn(@RequestBody StaffSignIn request, HttpServletRequest http) {
        if (request.username() == null || request.username().isBlank() || request.password() == null) {
            throw QueueException.badRequest("invalid-request", "Send a username and a password.");
        }
        String from = request.from() == null || request.from().isBlank() || request.from().length() > 64
                ? http.getRemoteAddr() : request.from().strip();
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        attempt.setDetails(new WebAuthenticationDetails(from, null));
        Authentication result;
        try {
            result = signIn.authenticate(attempt, "sign-in API from " + http.getRemoteAddr());
        } catch (SignInThrottledException e) {
            throw new QueueException(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                    "Too many failed sign-ins. Try again after " + e.until() + ".");
        } catch (AuthenticationException e) {
            throw new QueueException(HttpStatus.UNAUTHORIZED, "wrong-credentials",
                    "Wrong username or password, or the account is inactive.");
        }
        StaffMember member = ((StaffPrincipal) result.getPrincipal()).member();
        return new StaffView(member.username(), member.displayName(), member.badge(), member.role().name());
    }
}
