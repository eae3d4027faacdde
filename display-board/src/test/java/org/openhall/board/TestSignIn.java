package org.openhall.board;

import java.util.List;
import org.openhall.board.signin.SignedInManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs someone in on the test's thread, as a completed sign-in at {@code /login} would. */
public final class TestSignIn {

    private TestSignIn() {
    }

    /** 赵敏, badge 2001, a manager, as the demo hall has her. */
    public static SignedInManager asManager() {
        return as(new SignedInManager("zhaomin", "赵敏", "2001", "MANAGER"));
    }

    public static SignedInManager as(SignedInManager person) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + person.role()))));
        SecurityContextHolder.setContext(context);
        return person;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
