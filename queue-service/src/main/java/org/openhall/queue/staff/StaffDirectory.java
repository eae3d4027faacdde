package org.openhall.queue.staff;

import java.time.Clock;
import java.util.Optional;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The staff members of the installation: who they are, their badge and their role. */
@Service
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

    private final StaffRepository members;
    private final Clock clock;

    private final PasswordEncoder passwords;

    StaffDirectory(StaffRepository members, Clock clock, PasswordEncoder passwords) {
        this.members = members;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Adds an active staff member who signs in with the password given (stored only as a hash). */
    public StaffMember create(String username, String displayName, String badge, StaffRole role, String password) {
        requireGoodPassword(password);
        StaffMember member = create(username, displayName, badge, role);
        members.updatePasswordHash(member.id(), passwords.encode(password));
        return member;
    }

    /** Sets a staff member's password (stored only as a hash). */
    public void setPassword(long staffId, String password) {
        requireGoodPassword(password);
        members.findById(staffId).orElseThrow(() -> QueueException.notFound("unknown-staff-member",
                "There is no staff member with id " + staffId + "."));
        members.updatePasswordHash(staffId, passwords.encode(password));
    }

    /** Sets the password of a staff member who has none yet; whether it did. */
    public boolean setPasswordIfMissing(long staffId, String password) {
        requireGoodPassword(password);
        return members.fillPasswordHash(staffId, passwords.encode(password));
    }

    /** Lets a staff member sign in, or refuses their sign-in from now on (their audit trail stays). */
    public void setActive(long staffId, boolean active) {
        members.updateActive(staffId, active);
        log.info("Staff member {} {}", staffId, active ? "activated" : "deactivated");
    }

    public Optional<StaffMember> byId(long id) {
        return members.findById(id);
    }

    /** Everybody, active or not, by name. */
    public java.util.List<StaffMember> all() {
        return members.findAll();
    }

    /** Whether an active staff member with that role exists. */
    public boolean hasActive(StaffRole role) {
        return members.countActive(role) > 0;
    }

    private static void requireGoodPassword(String password) {
        if (password == null || password.length() < 8 || password.length() > 128 || password.isBlank()) {
            throw QueueException.badRequest("invalid-password", "A password is 8 to 128 characters.");
        }
    }

    /**
     * Adds an active staff member without a password (sign-in sets one); refused with a 409
     * {@code staff-member-exists} when the username or badge is taken.
     */
    public StaffMember create(String username, String displayName, String badge, StaffRole role) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw QueueException.badRequest("invalid-username",
                    "A username is 1 to 64 lowercase letters, digits, dots, dashes or underscores.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw QueueException.badRequest("invalid-display-name", "A display name is 1 to 100 characters.");
        }
        if (badge == null || !badge.matches("[A-Za-z0-9-]{1,16}")) {
            throw QueueException.badRequest("invalid-badge", "A badge number is 1 to 16 letters, digits or dashes.");
        }
        try {
            long id = members.insert(username, displayName.strip(), badge, role, clock.instant());
            log.info("Staff member {} ({}, badge {}) added", username, role, badge);
            return new StaffMember(id, username, displayName.strip(), badge, role, true);
        } catch (DuplicateKeyException e) {
            throw QueueException.conflict("staff-member-exists",
                    "A staff member with username '" + username + "' or badge " + badge + " exists already.");
        }
    }

    public Optional<StaffMember> byUsername(String username) {
        return members.findByUsername(username);
    }

    public Optional<StaffMember> byBadge(String badge) {
        return members.findByBadge(badge);
    }

    /** Whether the installation has any staff member at all. */
    public boolean isEmpty() {
        return members.count() == 0;
    }
}
