/**
 * How the API says no: every refusal is an RFC 9457 problem detail with a stable type and code,
 * and no request ever produces a 500 for bad input.
 */
@NullMarked
package org.openhall.queue.problem;

import org.jspecify.annotations.NullMarked;
