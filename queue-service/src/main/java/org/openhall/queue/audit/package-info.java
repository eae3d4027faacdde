/**
 * The audit trail: an append-only record of who did what, when and from where — every staff
 * console action, every administration change, and every sign-in, sign-in failure and sign-out.
 * Rows are written in the same transaction as the action they record and are never changed or
 * removed.
 */
@NullMarked
package org.openhall.queue.audit;

import org.jspecify.annotations.NullMarked;
