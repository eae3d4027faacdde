/**
 * Complaints and suggestions from visitors: recorded with a tracking number ({@code FK-yyyyMMdd-NNNN})
 * the visitor can look up; the contact they leave is kept for the hall's managers and never shown back.
 */
@NullMarked
package org.openhall.queue.feedback;

import org.jspecify.annotations.NullMarked;
