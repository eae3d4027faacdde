/**
 * The board telling queue-service it is alive: for every hall it follows, a report of its state
 * (READY while the hall's feed is live, DEGRADED while its event stream is lost) on every change and
 * as a heartbeat, so that the managers' dashboard lists the board and notices when it goes silent.
 */
@NullMarked
package org.openhall.board.device;

import org.jspecify.annotations.NullMarked;
