/**
 * The demo hall: a municipal service center with eight services, nine windows (one a green
 * channel) and real-looking guides, seeded into an empty database so a newcomer sees a true hall.
 */
@NullMarked
package org.openhall.queue.seed;

import org.jspecify.annotations.NullMarked;
