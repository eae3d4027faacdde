/**
 * The screens of taking a ticket: choosing a service, and the issued ticket with its slip.
 */
@NullMarked
package org.openhall.kiosk.ticket.ui;

import org.jspecify.annotations.NullMarked;
