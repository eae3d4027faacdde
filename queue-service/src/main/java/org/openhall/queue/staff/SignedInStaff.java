package org.openhall.queue.staff;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.window.WindowDesk;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The console's user from Spring Security's context, re-read from the database on every call. */
@Component
class SignedInStaff implements CurrentStaff {

    private final StaffRepository members;
    private final WindowDesk windows;

    private final SecurityContextHolderStrategy contexts;

    SignedInStaff(StaffRepository members, WindowDesk windows, SecurityContextHolderStrategy contexts) {
        this.members = members;
        this.windows = windows;
        this.contexts = contexts;
    }

    @Override
    public Optional<StaffMember> member() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof StaffPrincipal principal)) {
            return Optional.empty();
        }
        return members.findById(principal.member().id()).filter(StaffMember::active);
    }

    @Override
    public boolean mayUseWindow(long windowId) {
        Optional<StaffMember> me = member();
        if (me.isEmpty() || windows.number(windowId) == null) {
            return false;
        }
        return Objects.equals(windows.window(windowId).clerkId(), me.get().id());
    }

    @Override
    public @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        // Outside an HTTP request (a push connection): where the session signed in from.
        Authentication auth = contexts.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
