/** The staff console's screens: choosing a window and working at it. */
@NullMarked
package org.openhall.queue.staff.ui;

import org.jspecify.annotations.NullMarked;
