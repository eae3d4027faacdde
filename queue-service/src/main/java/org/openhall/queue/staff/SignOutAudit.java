package org.openhall.queue.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Audits a sign-out. */
@Component
class SignOutAudit implements LogoutHandler {

    private final AuditLog audit;

    SignOutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            audit.record(ThrottledSignIn.actor(principal.member()), AuditAction.SIGN_OUT, null, null, null,
                    request.getRemoteAddr());
        }
    }
}
