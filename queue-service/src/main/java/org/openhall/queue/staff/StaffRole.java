package org.openhall.queue.staff;

/** What a staff member may do: serve at a window, manage a hall, or administer the installation. */
public enum StaffRole {
    STAFF, MANAGER, ADMIN
}
