/**
 * Complaints and suggestions from visitors, and the follow-ups of complaints and bad reviews:
 * recorded with a tracking number ({@code FK-yyyyMMdd-NNNN}, {@code FU-yyyyMMdd-NNNN}) the visitor can
 * look up; a follow-up is assigned to a manager, has a deadline in working days and moves through
 * verified, rectified and answered (or is appealed); the contact the visitor leaves is kept for the
 * hall's managers and never shown back.
 */
@NullMarked
package org.openhall.queue.feedback;

import org.jspecify.annotations.NullMarked;
