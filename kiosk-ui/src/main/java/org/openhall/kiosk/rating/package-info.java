/**
 * Rating a visit at the kiosk: the visitor finds their completed ticket (its QR code or its number)
 * and gives it one of five levels, with optional reasons and, for a bad review, a phone number for the
 * answer; queue-service records it (once per ticket, whatever the channel) and opens a bad review's
 * follow-up.
 */
@NullMarked
package org.openhall.kiosk.rating;

import org.jspecify.annotations.NullMarked;
