/**
 * Visitor data retention: once a configured period has passed, a scheduled job removes what
 * identifies or describes a visitor (ID hashes, masked IDs and names, contacts, free text, the
 * portal's pre-applications and appointments) and keeps what anonymous statistics need: tickets
 * with their service, window, times, status, channel and priority, and feedback's kind, category
 * and status. The module owns no table; it knows which columns of the others are visitor data.
 */
@NullMarked
package org.openhall.queue.retention;

import org.jspecify.annotations.NullMarked;
