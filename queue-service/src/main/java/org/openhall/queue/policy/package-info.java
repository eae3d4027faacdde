/**
 * The "call next" policy: which waiting ticket a window should call, as a pure function of a snapshot
 * (the window's profile, the waiting tickets, the current instant). It owns the ordering rules only —
 * transfers, due appointments, the green channel and accumulating priority by the window's weights, plus
 * the plain FIFO baseline — and knows nothing of storage, claiming or time sources, so that the service,
 * tests, benchmarks and a simulator all run the same code.
 */
@NullMarked
package org.openhall.queue.policy;

import org.jspecify.annotations.NullMarked;
