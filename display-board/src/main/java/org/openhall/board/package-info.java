/**
 * The display-board application: hall boards, window screens and the managers' live dashboard,
 * showing a hall's queue as queue-service reports it. It keeps no queue state of its
 * own beyond what it reduces from queue-service's snapshot and event stream, which it reaches only
 * through {@code org.openhall.client}.
 */
@NullMarked
package org.openhall.board;

import org.jspecify.annotations.NullMarked;
