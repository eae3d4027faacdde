/**
 * The window screen: the small screen above one counter that says which window it is, which ticket
 * it is calling or serving, and whether it is paused (with the reason) or closed. Its view lives in
 * {@code ui}; like the hall board it reads the hall's state only from the feed module, so a window
 * screen costs queue-service no connection of its own.
 */
@NullMarked
package org.openhall.board.window;

import org.jspecify.annotations.NullMarked;
