package org.openhall.board.signin;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused for a reason other than a wrong password, which is a {@code BadCredentialsException}. */
final class SignInRefusedException extends AuthenticationException {

    private final SignInRefusal refusal;

    SignInRefusedException(SignInRefusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    SignInRefusal refusal() {
        return refusal;
    }
}
