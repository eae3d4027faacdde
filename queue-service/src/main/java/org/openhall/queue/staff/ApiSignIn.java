package org.openhall.queue.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * A staff member's HTTP Basic credentials on the API, sent with every request of a clerk's client.
 * Checked like the console's sign-in (throttled, failures audited), but a success is not audited as
 * a sign-in (the actions are), and a password already verified against the account's current hash
 * is not run through bcrypt again: the account is still read on every request, so a changed
 * password, a deactivation or a throttle lock apply at once.
 */
@Component
class ApiSignIn implements AuthenticationProvider {

    private final ThrottledSignIn signIn;
    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Salts the remembered digests, so that memory holds nothing a password list can be matched against. */
    private final String salt = java.util.UUID.randomUUID().toString();

    ApiSignIn(ThrottledSignIn signIn, StaffAccounts accounts, SignInThrottle throttle) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /** The password's SHA-256 that matched the account while its hash was {@code passwordHash}. */
    private record Verified(String passwordSha256, String passwordHash) {
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = StaffAccounts.normalise(attempt.getName());
        String password = Objects.toString(attempt.getCredentials(), "");
        Verified known = verified.get(username);
        if (known != null && throttle.lockedUntil(username, null).isEmpty()) {
            UserDetails account = current(username);
            if (account != null && account.isEnabled() && known.passwordHash().equals(account.getPassword())
                    && MessageDigest.isEqual(known.passwordSha256().getBytes(StandardCharsets.US_ASCII),
                            sha256(password).getBytes(StandardCharsets.US_ASCII))) {
                StaffPrincipal principal = (StaffPrincipal) account;
                principal.eraseCredentials();
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            }
        }
        verified.remove(username);
        Authentication result = signIn.authenticate(attempt, null);
        UserDetails account = current(username);
        if (account != null && account.getPassword() != null) {
            verified.put(username, new Verified(sha256(password), account.getPassword()));
        }
        return result;
    }

    private @Nullable UserDetails current(String username) {
        try {
            return accounts.loadUserByUsername(username);
        } catch (AuthenticationException e) {
            return null;
        }
    }

    private String sha256(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (salt + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
