/**
 * Managers' sign-in to the dashboard: the dashboard shows clerks' names and the hall's performance,
 * so it asks for a manager's or admin's username and password, which queue-service checks (and
 * throttles and audits); boards and window screens stay public. It owns the sign-in page, the
 * check of the password against queue-service, and who may reach which page.
 */
@NullMarked
package org.openhall.board.signin;

import org.jspecify.annotations.NullMarked;
