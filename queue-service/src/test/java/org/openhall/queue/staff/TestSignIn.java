package org.openhall.queue.staff;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a staff member in on the test's thread, as a completed form sign-in would. */
public final class TestSignIn {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private TestSignIn() {
    }

    public static void as(StaffMember member) {
        StaffPrincipal principal = new StaffPrincipal(member, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new active staff member with a unique username and badge, password {@code password-123}. */
    public static StaffMember newMember(StaffDirectory staff, String name, StaffRole role) {
        int n = PEOPLE.incrementAndGet();
        String unique = Long.toString(System.nanoTime() % 1_000_000L, 36) + n;
        return staff.create("p" + unique, name, "B" + unique, role, "password-123");
    }
}
