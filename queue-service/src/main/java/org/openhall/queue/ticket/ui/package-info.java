/** The public page of one ticket, reached from the QR code printed on it. */
@NullMarked
package org.openhall.queue.ticket.ui;

import org.jspecify.annotations.NullMarked;
