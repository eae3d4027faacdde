package org.openhall.board.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeQueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.Problem;
import org.openhall.client.api.StaffSignIn;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The password check against queue-service, on an in-memory queue-service. */
class ManagerSignInTest {

    private final FakeQueueApi queue = new FakeQueueApi();
    private final ManagerSignIn signIn = new ManagerSignIn(queue);

    @BeforeEach
    void demoStaff() {
        queue.addStaff("zhaomin", "demo-2001", "赵敏", "2001", "MANAGER");
        queue.addStaff("admin", "demo-9001", "系统管理员", "9001", "ADMIN");
        queue.addStaff("wangfang", "demo-1001", "王芳", "1001", "STAFF");
    }

    @Test
    void signsAManagerInWithTheRoleAndNoPasswordKept() {
        UsernamePasswordAuthenticationToken attempt = attempt("zhaomin", "demo-2001");

        Authentication signedIn = signIn.authenticate(attempt);

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getPrincipal()).isEqualTo(new SignedInManager("zhaomin", "赵敏", "2001", "MANAGER"));
        assertThat(signedIn.getName()).isEqualTo("zhaomin");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MANAGER");
        assertThat(signedIn.getCredentials()).as("the signed-in authentication").isNull();
        assertThat(attempt.getCredentials()).as("the typed password, erased once checked").isNull();
        assertThat(queue.signIns()).containsExactly(new StaffSignIn("zhaomin", "demo-2001", "192.0.2.7"));
    }

    @Test
    void signsAnAdminInAsAnAdmin() {
        Authentication signedIn = signIn.authenticate(attempt("admin", "demo-9001"));

        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
    }

    @Test
    void refusesAClerkWithTheRightPasswordAsNotAManager() {
        UsernamePasswordAuthenticationToken attempt = attempt("wangfang", "demo-1001");

        assertThatThrownBy(() -> signIn.authenticate(attempt))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(SignInRefusal.NOT_A_MANAGER));
        assertThat(attempt.getCredentials()).isNull();
    }

    @Test
    void refusesAWrongPasswordAsBadCredentials() {
        UsernamePasswordAuthenticationToken attempt = attempt("zhaomin", "demo-2002");

        assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt.getCredentials()).as("erased after a failure too").isNull();
    }

    @Test
    void refusesAnEmptyPasswordWithoutAskingQueueService() {
        assertThatThrownBy(() -> signIn.authenticate(attempt("zhaomin", ""))).isInstanceOf(BadCredentialsException.class);
        assertThat(queue.signIns()).isEmpty();
    }

    @Test
    void saysSignInIsThrottledWhenQueueServiceAnswers429() {
        queue.failSignIns(new QueueApiException(new Problem("https://openhall.org/problems/sign-in-throttled",
                "Too Many Requests", 429, "Too many failed sign-ins.", "sign-in-throttled")));

        assertThatThrownBy(() -> signIn.authenticate(attempt("zhaomin", "demo-2001")))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(SignInRefusal.THROTTLED));
    }

    @Test
    void saysItCannotCheckWhenQueueServiceDoesNotAnswer() {
        queue.failSignIns(new QueueUnavailableException("queue-service unreachable", new ConnectException("refused")));

        assertThatThrownBy(() -> signIn.authenticate(attempt("zhaomin", "demo-2001")))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(SignInRefusal.UNAVAILABLE));
    }

    @Test
    void blamesTheBoardsTokenNotThePasswordWhenQueueServiceRefusesTheToken() {
        queue.failSignIns(new QueueApiException(new Problem("https://openhall.org/problems/invalid-token",
                "Unauthorized", 401, "This device token is not known to the hall.", "invalid-token")));

        assertThatThrownBy(() -> signIn.authenticate(attempt("zhaomin", "demo-2001")))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(SignInRefusal.UNAVAILABLE));
    }

    /** A form sign-in as Spring Security hands it over, from the browser at 192.0.2.7. */
    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.7");
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
