/**
 * Checking in with what the hall's online portal sent: pre-applications and appointments (received
 * through the portal's signed webhook, stored without clear ID numbers or names), the signed QR
 * codes that refer to them, and turning one into a ticket exactly once.
 */
@NullMarked
package org.openhall.queue.checkin;

import org.jspecify.annotations.NullMarked;
