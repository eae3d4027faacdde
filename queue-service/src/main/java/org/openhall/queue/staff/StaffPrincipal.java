package org.openhall.queue.staff;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff member as Spring Security sees them: their role is the one authority {@code ROLE_<role>}. */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final StaffMember member;
    private @Nullable String passwordHash;

    StaffPrincipal(StaffMember member, @Nullable String passwordHash) {
        this.member = member;
        this.passwordHash = passwordHash;
    }

    StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return member.active();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + member.username() + ", " + member.role() + "]";
    }
}
