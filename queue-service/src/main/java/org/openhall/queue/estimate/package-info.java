/**
 * Wait estimates: how long a waiting ticket (or a visitor taking one now) will wait until a window
 * calls it, as a pure function of the hall at one moment — the waiting tickets, the windows and what
 * each is doing, and service times learned from the hall's own recent visits. It plays the hall
 * forward with the hall's real call policy, so shared windows, weights, priority-only windows and
 * visits in progress count as they will. It knows nothing of storage or time sources, so that the
 * service, tests and the benchmark run the same code.
 */
@NullMarked
package org.openhall.queue.estimate;

import org.jspecify.annotations.NullMarked;
