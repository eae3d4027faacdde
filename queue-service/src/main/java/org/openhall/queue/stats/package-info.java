/**
 * The managers' view of a hall's service day so far: per service the queue, waits (mean and 95th
 * percentile from issue to first call), visitors served and no-shows; per window its state, clerk,
 * visitor and whether it idles while people wait for it; tickets waiting past their threshold; how
 * many waited over the day; and the hall's devices. Read-only, computed from today's tickets.
 */
@NullMarked
package org.openhall.queue.stats;

import org.jspecify.annotations.NullMarked;
