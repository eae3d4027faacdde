/**
 * The public contract of queue-service: the records its REST API and event stream carry, and a
 * Java client for both. Kiosks and boards talk to queue-service only through this package.
 */
@NullMarked
package org.openhall.client;

import org.jspecify.annotations.NullMarked;
