package org.openhall.queue.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings. The session timeout is Spring Boot's {@code server.servlet.session.timeout}.
 *
 * @param signIn         when repeated failed sign-ins are refused
 * @param bootstrapAdmin an admin account created at start when no active admin exists, so that a
 *                       fresh production installation can be signed in to
 */
@Validated
@ConfigurationProperties("openhall.security")
public record StaffSecurityProperties(@DefaultValue @Valid SignIn signIn, @DefaultValue @Valid BootstrapAdmin bootstrapAdmin) {

    /**
     * @param maxFailures           failed sign-ins for one username within {@code failureWindow}
     *                              after which that username is refused for {@code lockout}
     * @param maxFailuresPerAddress the same, counted per remote address (all usernames together)
     */
    public record SignIn(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("5") @Min(1) int maxFailuresPerAddress,
            @DefaultValue("15m") @NotNull Duration failureWindow, @DefaultValue("15m") @NotNull Duration lockout) {
    }

    /**
     * @param username    the admin's username; nothing is created unless both it and the password are set
     * @param password    their first password (8 to 128 characters), stored only as a hash
     * @param displayName the name shown for them
     * @param badge       their badge number
     */
    public record BootstrapAdmin(@Nullable String username, @Nullable String password,
            @DefaultValue("Administrator") String displayName, @DefaultValue("ADMIN") String badge) {
    }
}
