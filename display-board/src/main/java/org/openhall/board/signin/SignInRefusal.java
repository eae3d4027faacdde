package org.openhall.board.signin;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Why a sign-in was refused, as the sign-in page says it: each is the query parameter of
 * {@code /login} the browser is sent back to.
 */
public enum SignInRefusal {

    /** A wrong username or password, or an inactive account: {@code /login?error}. */
    WRONG_PASSWORD("error"),
    /** The right password of a clerk: the dashboard is for managers and admins only. */
    NOT_A_MANAGER("not-manager"),
    /** Too many failed sign-ins lately for this username or address: queue-service refuses for a while. */
    THROTTLED("throttled"),
    /** queue-service could not check the password (down, or refusing this board). */
    UNAVAILABLE("unavailable");

    private final String parameter;

    SignInRefusal(String parameter) {
        this.parameter = parameter;
    }

    /** The query parameter of {@code /login} that says this refusal. */
    public String parameter() {
        return parameter;
    }

    /** The refusal named among a request's query parameters, if any. */
    public static Optional<SignInRefusal> among(Collection<String> parameters) {
        return Arrays.stream(values()).filter(r -> parameters.contains(r.parameter)).findFirst();
    }
}
