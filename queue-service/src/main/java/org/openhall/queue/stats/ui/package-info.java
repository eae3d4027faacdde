/** The managers' report page under {@code /staff/reports}: a hall's day, week or month, to read, print and download. */
@NullMarked
package org.openhall.queue.stats.ui;

import org.jspecify.annotations.NullMarked;
