/**
 * Kiosks and boards reporting how they are (ready, degraded, out of service) and, by their
 * heartbeat, that they are there at all: the last report of each device, when it entered its
 * state, and whether it has gone silent.
 */
@NullMarked
package org.openhall.queue.device;

import org.jspecify.annotations.NullMarked;
