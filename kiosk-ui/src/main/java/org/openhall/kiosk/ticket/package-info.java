/**
 * Taking a ticket: the visitor picks a service, the kiosk asks queue-service for a ticket (safely
 * retried under one idempotency key, so a lost answer never yields a second ticket), prints the slip
 * and shows the ticket. Refusals are turned into a plain sentence in the visitor's language.
 */
@NullMarked
package org.openhall.kiosk.ticket;

import org.jspecify.annotations.NullMarked;
