/**
 * Staff members (name, badge, role STAFF / MANAGER / ADMIN) and the staff console: a clerk takes
 * a window and calls, serves, transfers and completes visitors. Who the clerk is comes from
 * {@link org.openhall.queue.staff.CurrentStaff}; sign-in replaces its open implementation.
 */
@NullMarked
package org.openhall.queue.staff;

import org.jspecify.annotations.NullMarked;
