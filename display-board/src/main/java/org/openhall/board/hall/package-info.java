/**
 * The hall board: the large screen in the waiting area that shows the current calls, the last
 * calls, how many wait per service, a notice and the time, in Chinese and English at once. Its
 * view lives in {@code ui}; it reads the hall's state only from the feed module.
 */
@NullMarked
package org.openhall.board.hall;

import org.jspecify.annotations.NullMarked;
