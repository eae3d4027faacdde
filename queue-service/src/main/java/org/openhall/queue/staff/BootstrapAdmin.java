package org.openhall.queue.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the configured first admin ({@code openhall.security.bootstrap-admin.*}) when the
 * installation has no active admin, so that a fresh production hall can be signed in to. Runs
 * after the demo seed, which brings its own admin.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffDirectory staff;
    private final StaffSecurityProperties.BootstrapAdmin settings;

    BootstrapAdmin(StaffDirectory staff, StaffSecurityProperties properties) {
        this.staff = staff;
        this.settings = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = settings.username();
        String password = settings.password();
        if (username == null || username.isBlank() || password == null || password.isEmpty()
                || staff.hasActive(StaffRole.ADMIN)) {
            return;
        }
        if (staff.byUsername(StaffAccounts.normalise(username)).isPresent()) {
            log.warn("No active admin exists, but the bootstrap admin's username '{}' is taken; nothing created", username);
            return;
        }
        StaffMember admin = staff.create(StaffAccounts.normalise(username), settings.displayName(), settings.badge(),
                StaffRole.ADMIN, password);
        log.warn("Created the bootstrap admin '{}' (badge {}); it is used only while no active admin exists", admin.username(),
                admin.badge());
    }
}
