/**
 * Tickets: issuing them with gap-free daily numbers, the visit's lifecycle from waiting to done,
 * calling the next visitor by the hall's policy with an atomic claim, and the hall's live snapshot.
 */
@NullMarked
package org.openhall.queue.ticket;

import org.jspecify.annotations.NullMarked;
