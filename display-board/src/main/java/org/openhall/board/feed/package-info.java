/**
 * The live feed of a hall: one snapshot plus one event stream per hall and application instance,
 * reduced into an immutable {@link org.openhall.board.feed.BoardState} that any number of screens
 * listen to. It owns the reduction rules (what a call, a recall, a transfer do to the board), the
 * connection state a screen shows, and {@link org.openhall.board.feed.HallClients}: the clients
 * through which every call about a hall reaches queue-service with that hall's own device token.
 */
@NullMarked
package org.openhall.board.feed;

import org.jspecify.annotations.NullMarked;
