package org.openhall.queue.staff;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Signs a staff member in on the test's thread, as a completed form sign-in would. */
public final class TestSignIn {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private TestSignIn() {
    }

    /**
     * The holder strategies of the application contexts under test. Each context has its own (Vaadin
     * installs one per context, and the static holder points at the latest), so a test signs in on all.
     */
    private static final Set<SecurityContextHolderStrategy> STRATEGIES = ConcurrentHashMap.newKeySet();

    public static void use(SecurityContextHolderStrategy strategy) {
        STRATEGIES.add(strategy);
    }

    public static void as(StaffMember member) {
        StaffPrincipal principal = new StaffPrincipal(member, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        STRATEGIES.forEach(strategy -> strategy.setContext(context));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
        STRATEGIES.forEach(SecurityContextHolderStrategy::clearContext);
    }

    /** The password of every member {@link #newMember} creates. */
    public static final String PASSWORD = "password-123";

    /** A new active staff member with a unique username and badge, password {@value #PASSWORD}. */
    public static StaffMember newMember(StaffDirectory staff, String name, StaffRole role) {
        int n = PEOPLE.incrementAndGet();
        String unique = Long.toString(System.nanoTime() % 1_000_000L, 36) + n;
        return staff.create("p" + unique, name, "B" + unique, role, PASSWORD);
    }
}
