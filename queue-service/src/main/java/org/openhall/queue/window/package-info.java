/**
 * Service windows: which services each serves and with what weight, whether it is open, paused
 * (with a reason) or closed, and who may change that.
 */
@NullMarked
package org.openhall.queue.window;

import org.jspecify.annotations.NullMarked;
