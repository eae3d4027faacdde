/**
 * Identity without clear ID numbers: a resident ID becomes a keyed hash (to match the same person
 * across tickets, pre-applications and appointments) and a masked form (to show), names become
 * masked names; and the service's own generated secrets, kept in the database across restarts.
 */
@NullMarked
package org.openhall.queue.identity;

import org.jspecify.annotations.NullMarked;
