/**
 * Staff members (name, badge, role STAFF / MANAGER / ADMIN), their sign-in (Spring Security with
 * Vaadin's configuration, bcrypt password hashes, throttled failures) and the staff console: a
 * signed-in clerk takes a window (or takes it over, after confirming) and calls, serves, transfers
 * and completes visitors there. {@link org.openhall.queue.staff.StaffConsole} checks every action
 * against the clerk seated at the window and audits it.
 */
@NullMarked
package org.openhall.queue.staff;

import org.jspecify.annotations.NullMarked;
