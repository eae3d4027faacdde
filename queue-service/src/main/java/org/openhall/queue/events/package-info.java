/**
 * The hall's event log and its stream. Every change of a ticket or window is appended, in the
 * transaction that makes it, under the hall's sequence row lock, so that event ids follow commit
 * order; the server-sent event stream serves the log and resumes from {@code Last-Event-ID}.
 */
@NullMarked
package org.openhall.queue.events;

import org.jspecify.annotations.NullMarked;
