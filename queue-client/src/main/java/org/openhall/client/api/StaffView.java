package org.openhall.client.api;

/**
 * A signed-in staff member as other apps see them.
 *
 * @param name  the name shown at their window, in full (only staff screens show it)
 * @param role  {@code STAFF}, {@code MANAGER} or {@code ADMIN}
 */
public record StaffView(String username, String name, String badge, String role) {

    /** Whether this person may see a hall's dashboard, reports and audit. */
    public boolean isManager() {
        return "MANAGER".equals(role) || "ADMIN".equals(role);
    }
}
