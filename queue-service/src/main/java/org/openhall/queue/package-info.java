/**
 * queue-service: the hall's source of truth. Feature modules below own halls and their catalog,
 * windows, tickets, the event log and the staff console.
 */
@NullMarked
package org.openhall.queue;

import org.jspecify.annotations.NullMarked;
