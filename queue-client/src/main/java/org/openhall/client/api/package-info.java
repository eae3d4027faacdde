/**
 * Records of the queue API: what goes over the wire as JSON. They carry no behaviour beyond small
 * conveniences, so that queue-service, kiosk-ui and display-board agree on one shape.
 */
@NullMarked
package org.openhall.client.api;

import org.jspecify.annotations.NullMarked;
