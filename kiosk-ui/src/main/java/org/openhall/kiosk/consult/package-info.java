/**
 * Asking staff a question at the kiosk: the visitor picks a service and one of the common questions
 * (there is no keyboard for free text), queue-service opens a consultation, and the visitor follows the
 * answer here for a while and then on their phone through the conversation's link.
 */
@NullMarked
package org.openhall.kiosk.consult;

import org.jspecify.annotations.NullMarked;
