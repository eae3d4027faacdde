package org.openhall.queue.staff;

/**
 * A person who works in the halls of this installation.
 *
 * @param username    what they sign in with, unique
 * @param displayName the name shown at their window and on its screen
 * @param badge       their badge number, unique, shown with their name
 */
public record StaffMember(long id, String username, String displayName, String badge, StaffRole role,
        boolean active) implements java.io.Serializable {

    /** "李强 (1002)": how the console and the audit name a person. */
    public String nameAndBadge() {
        return displayName + " (" + badge + ")";
    }
}
