package org.openhall.queue.staff;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Staff accounts for sign-in: a staff member without a password cannot sign in. */
@Component
class StaffAccounts implements UserDetailsService {

    private final StaffRepository members;

    StaffAccounts(StaffRepository members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return members.findCredentials(normalise(username))
                .filter(c -> c.passwordHash() != null)
                .map(c -> new StaffPrincipal(c.member(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }

    /** Usernames are lowercase; what people type may not be. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
