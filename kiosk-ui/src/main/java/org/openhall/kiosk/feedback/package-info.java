/**
 * Complaints and suggestions: the visitor writes one, queue-service records it, and the kiosk shows its
 * tracking number.
 */
@NullMarked
package org.openhall.kiosk.feedback;

import org.jspecify.annotations.NullMarked;
