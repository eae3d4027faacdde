/**
 * Ratings of visits: after a ticket is completed its visitor rates it once, on five levels with
 * optional reasons and a comment, from the window's tablet, the ticket's status page or a kiosk.
 * A rating keeps where the visit happened (hall, service, window, clerk) as it was then; a bad
 * review (dissatisfied or very dissatisfied) opens a follow-up in the same transaction.
 */
@NullMarked
package org.openhall.queue.rating;

import org.jspecify.annotations.NullMarked;
