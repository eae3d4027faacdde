/**
 * Consultations: visitors ask about a service from their phone or a kiosk and hall staff answer
 * live, with the conversation's own unguessable link, a desk for staff allowed to consult, and the
 * first-response figures managers follow.
 */
@NullMarked
package org.openhall.queue.consultation;

import org.jspecify.annotations.NullMarked;
