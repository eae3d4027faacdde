package org.openhall.queue.staff;

/**
 * A person who works in the halls of this installation.
 *
 * @param username    what they sign in with, unique
 * @param displayName the name shown at their window and on its screen
 * @param badge       their badge number, unique, shown with their name
 */
public record StaffMember(long id, String username, String displayName, String badge, StaffRole role,
        boolean active) {
}
