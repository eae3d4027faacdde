package org.openhall.queue.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;

/**
 * The default policy. Among the tickets the window may call ({@link WindowProfile#mayCall}) it ranks, band
 * by band:
 * <ol>
 *   <li>tickets transferred to this window, longest waiting first;</li>
 *   <li>due appointments — {@link Priority#APPOINTMENT} tickets whose {@link WaitingTicket#appointmentAt()}
 *       is at most {@code now} plus the early grace, or unknown — earliest appointment first (an unknown
 *       appointment time counts as the ticket's {@link WaitingTicket#waitingSince()});</li>
 *   <li>{@link Priority#GREEN_CHANNEL} tickets, longest waiting first;</li>
 *   <li>everything else, appointments not yet due included, by accumulating priority — seconds waited
 *       times the window's weight for the ticket's service — highest first.</li>
 * </ol>
 * Ties are broken by {@link WaitingTicket#sequence()}, then {@link WaitingTicket#id()}.
 *
 * <p>Because a ticket's accumulating priority grows without bound while it waits, a ticket of a low-weight
 * service is overtaken only by tickets of the first three bands and by tickets that have waited at least
 * (its weight / their weight) times as long as it has: nothing in the fourth band starves behind a stream of
 * later arrivals.
 */
public final class WeightedPolicy implements CallPolicy {

    /** The configuration name of this policy. */
    public static final String NAME = "weighted";

    private static final Comparator<WaitingTicket> TIE_BREAK = Comparator.comparingLong(WaitingTicket::sequence)
            .thenComparing(WaitingTicket::id);

    private static final Comparator<Ranked> ORDER = (a, b) -> {
        int byBand = a.band().compareTo(b.band());
        if (byBand != 0) {
            return byBand;
        }
        int withinBand = a.band() == Band.ACCUMULATING
                ? Double.compare(b.score(), a.score())
                : a.key().compareTo(b.key());
        return withinBand != 0 ? withinBand : TIE_BREAK.compare(a.ticket(), b.ticket());
    };

    private final Duration appointmentEarlyGrace;

    /** A weighted policy for which an appointment is due at its booked time, not before. */
    public WeightedPolicy() {
        this(Duration.ZERO);
    }

    /**
     * A weighted policy for which an appointment is due from its booked time minus the grace.
     *
     * @param appointmentEarlyGrace how long before its booked time an appointment gets appointment priority
     * @throws IllegalArgumentException if the grace is negative
     */
    public WeightedPolicy(Duration appointmentEarlyGrace) {
        Objects.requireNonNull(appointmentEarlyGrace, "appointmentEarlyGrace");
        if (appointmentEarlyGrace.isNegative()) {
            throw new IllegalArgumentException("appointment early grace must not be negative, was "
                    + appointmentEarlyGrace);
        }
        this.appointmentEarlyGrace = appointmentEarlyGrace;
    }

    /** How long before its booked time an appointment counts as due. */
    public Duration appointmentEarlyGrace() {
        return appointmentEarlyGrace;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<WaitingTicket> rank(WindowProfile window, Collection<WaitingTicket> waiting, Instant now) {
        return ranked(window, waiting, now).sorted(ORDER).map(Ranked::ticket).toList();
    }

    @Override
    public Optional<WaitingTicket> next(WindowProfile window, Collection<WaitingTicket> waiting, Instant now) {
        return ranked(window, waiting, now).min(ORDER).map(Ranked::ticket);
    }

    @Override
    public String toString() {
        return NAME + "(appointmentEarlyGrace=" + appointmentEarlyGrace + ")";
    }

    private Stream<Ranked> ranked(WindowProfile window, Collection<WaitingTicket> waiting, Instant now) {
        Instant dueBy = now.plus(appointmentEarlyGrace);
        return waiting.stream().filter(window::mayCall).map(ticket -> classify(ticket, window, now, dueBy));
    }

    private static Ranked classify(WaitingTicket ticket, WindowProfile window, Instant now, Instant dueBy) {
        if (ticket.isTransferredToAWindow()) {
            return new Ranked(ticket, Band.TRANSFERRED, ticket.waitingSince(), 0);
        }
        if (ticket.priority() == Priority.APPOINTMENT) {
            @Nullable Instant appointmentAt = ticket.appointmentAt();
            if (appointmentAt == null) {
                return new Ranked(ticket, Band.DUE_APPOINTMENT, ticket.waitingSince(), 0);
            }
            if (!appointmentAt.isAfter(dueBy)) {
                return new Ranked(ticket, Band.DUE_APPOINTMENT, appointmentAt, 0);
            }
        }
        if (ticket.priority() == Priority.GREEN_CHANNEL) {
            return new Ranked(ticket, Band.GREEN_CHANNEL, ticket.waitingSince(), 0);
        }
        return new Ranked(ticket, Band.ACCUMULATING, ticket.waitingSince(),
                secondsBetween(ticket.waitingSince(), now) * window.weightOf(ticket.service()));
    }

    /** Seconds from {@code from} to {@code to}, 0 if {@code from} lies in the future (clock skew). */
    private static double secondsBetween(Instant from, Instant to) {
        Duration waited = Duration.between(from, to);
        return waited.isNegative() ? 0 : waited.getSeconds() + waited.getNano() / 1e9;
    }

    /** The bands in calling order. */
    private enum Band {
        TRANSFERRED, DUE_APPOINTMENT, GREEN_CHANNEL, ACCUMULATING
    }

    /**
     * A ticket with its sort keys, computed once per ranking.
     *
     * @param key   the instant ordering the first three bands, earliest first
     * @param score the accumulating priority ordering the last band, highest first
     */
    private record Ranked(WaitingTicket ticket, Band band, Instant key, double score) {
    }
}
