/**
 * The window's rating screen: a small tablet at the counter, facing the visitor, that asks for a
 * rating of the visit the moment the window completes it and sends it to queue-service (channel
 * {@code WINDOW}). It holds nothing but the one pending ticket: queue-service keeps the ratings and
 * refuses a second one for the same ticket, whatever the channel. Like the window screen it learns
 * what happens at the window only from the feed module. Its view lives in {@code ui}.
 */
@NullMarked
package org.openhall.board.rating;

import org.jspecify.annotations.NullMarked;
