package org.openhall.queue.staff;

import java.time.Clock;
import java.util.Optional;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The staff members of the installation: who they are, their badge and their role. */
@Service
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

    private final StaffRepository members;
    private final Clock clock;

    StaffDirectory(StaffRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
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
