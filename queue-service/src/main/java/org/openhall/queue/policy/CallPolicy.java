package org.openhall.queue.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Decides which waiting ticket a window calls next, as a pure function of a snapshot.
 *
 * <p>Implementations are stateless and thread-safe, read nothing but their arguments, and are deterministic:
 * the same window, tickets and instant give the same ranking whatever the order of {@code waiting}, ties
 * being broken by {@link WaitingTicket#sequence()} and then {@link WaitingTicket#id()}.
 */
public interface CallPolicy {

    /** The policy's configuration name, lower case (for example {@code "weighted"}). */
    String name();

    /**
     * Ranks the tickets this window may call, best first.
     *
     * <p>The result holds exactly the tickets of {@code waiting} that {@link WindowProfile#mayCall} admits,
     * each once; it never holds a ticket the window may not serve. The caller claims the first and, if
     * another window took it meanwhile, tries the next.
     *
     * @param window  the calling window
     * @param waiting the waiting tickets of the hall, in any order; those this window may not call are
     *                ignored
     * @param now     the instant of the call
     * @return an unmodifiable list, empty when the window has nothing to call
     */
    List<WaitingTicket> rank(WindowProfile window, Collection<WaitingTicket> waiting, Instant now);

    /**
     * The ticket this window should call now: the first of {@link #rank}, empty when there is none.
     */
    default Optional<WaitingTicket> next(WindowProfile window, Collection<WaitingTicket> waiting, Instant now) {
        List<WaitingTicket> ranked = rank(window, waiting, now);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.getFirst());
    }
}
