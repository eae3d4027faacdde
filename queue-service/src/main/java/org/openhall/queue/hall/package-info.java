/**
 * Halls and their catalog: a hall's time zone, service day and opening hours, and the services it
 * handles with their guides, prefixes, quotas and wait thresholds.
 */
@NullMarked
package org.openhall.queue.hall;

import org.jspecify.annotations.NullMarked;
