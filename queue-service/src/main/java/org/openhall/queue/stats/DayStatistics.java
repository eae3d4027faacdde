package org.openhall.queue.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.DeviceView;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.policy.WaitingTicket;
import org.openhall.queue.policy.WindowProfile;

/**
 * A hall's statistics as a pure function of its day's tickets, windows and devices at one instant.
 * Durations are whole seconds, rounded down. A ticket waiting now has waited since it joined its
 * queue (its issue; a requeued no-show since its requeue), as on the hall's boards.
 */
final class DayStatistics {

    static final Duration STEP = Duration.ofMinutes(15);

    /**
     * The day being summed up.
     *
     * @param opens the hall's first opening time on the service day, if it opens that day
     */
    record Day(String hall, LocalDate serviceDay, Instant at, ZoneId zone, @Nullable Instant opens) {
    }

    private DayStatistics() {
    }

    static HallStats of(Day day, List<ServiceDefinition> catalog, List<WindowView> windows, List<DayTicket> tickets,
            Map<Long, String> heldAtWindows, List<DeviceView> devices) {
        Instant at = day.at();
        List<DayTicket> waiting = tickets.stream().filter(t -> t.status().isWaiting()).toList();
        Map<String, ServiceDefinition> byCode = new LinkedHashMap<>();
        catalog.forEach(s -> byCode.put(s.code(), s));

        Set<String> withTickets = new HashSet<>();
        tickets.forEach(t -> withTickets.add(t.service()));
        List<HallStats.ServiceStats> services = catalog.stream()
                .filter(s -> s.active() || withTickets.contains(s.code()))
                .map(s -> service(s, tickets, waiting, at))
                .toList();

        List<HallStats.WindowStats> windowStats = windows.stream()
                .map(w -> window(w, tickets, waiting, heldAtWindows.get(w.id())))
                .toList();

        List<HallStats.WaitAlert> alerts = new ArrayList<>();
        for (DayTicket t : waiting) {
            ServiceDefinition service = byCode.get(t.service());
            Duration waited = seconds(Duration.between(t.waitingSince(), at));
            if (service != null && service.waitThreshold() != null && waited.compareTo(service.waitThreshold()) > 0) {
                alerts.add(new HallStats.WaitAlert(t.publicId(), t.number(), t.service(), t.issuedAt(), waited,
                        service.waitThreshold()));
            }
        }
        alerts.sort(Comparator.comparing(HallStats.WaitAlert::waited).reversed()
                .thenComparing(HallStats.WaitAlert::issuedAt).thenComparing(HallStats.WaitAlert::number));

        return new HallStats(day.hall(), day.serviceDay(), at, services, windowStats, List.copyOf(alerts),
                waitingOverDay(day, tickets), devices);
    }

    private static HallStats.ServiceStats service(ServiceDefinition s, List<DayTicket> tickets,
            List<DayTicket> waiting, Instant at) {
        int count = 0;
        Duration longest = null;
        for (DayTicket t : waiting) {
            if (t.service().equals(s.code())) {
                count++;
                Duration waited = Duration.between(t.waitingSince(), at);
                if (longest == null || waited.compareTo(longest) > 0) {
                    longest = waited;
                }
            }
        }
        List<Duration> waits = new ArrayList<>();
        int served = 0;
        int noShows = 0;
        for (DayTicket t : tickets) {
            if (!t.service().equals(s.code())) {
                continue;
            }
            Duration wait = t.waitToFirstCall();
            if (wait != null) {
                waits.add(wait);
            }
            if (t.status() == TicketStatus.DONE) {
                served++;
            } else if (t.status() == TicketStatus.NO_SHOW) {
                noShows++;
            }
        }
        return new HallStats.ServiceStats(s.code(), s.prefix(), s.name(), count,
                longest == null ? null : seconds(longest), mean(waits), percentile95(waits), served, noShows,
                s.waitThreshold());
    }

    private static HallStats.WindowStats window(WindowView w, List<DayTicket> tickets, List<DayTicket> waiting,
            @Nullable String held) {
        Map<String, Double> weights = new HashMap<>();
        w.services().forEach(s -> weights.put(s.service(), s.weight()));
        WindowProfile profile = new WindowProfile(w.id(), weights, w.priorityOnly(), w.normalOnly());
        int waitingForIt = (int) waiting.stream()
                .filter(t -> profile.mayCall(new WaitingTicket(t.publicId(), t.service(), t.priority(),
                        t.waitingSince(), t.id(), t.targetWindowId(), t.appointmentAt())))
                .count();
        int served = (int) tickets.stream()
                .filter(t -> t.status() == TicketStatus.DONE && Long.valueOf(w.id()).equals(t.windowId())).count();
        boolean idle = w.state() == WindowState.OPEN && held == null && waitingForIt > 0;
        return new HallStats.WindowStats(w.id(), w.number(), w.label(), w.state(), w.pauseReason(), w.stateSince(),
                w.clerk(), held, waitingForIt, idle, served);
    }

    /**
     * Waiting tickets every quarter hour from the quarter at or before the earlier of the hall's
     * opening and the first ticket, then at {@code at} itself; empty before the first ticket.
     */
    static List<HallStats.WaitingPoint> waitingOverDay(Day day, List<DayTicket> tickets) {
        Instant first = tickets.stream().map(DayTicket::issuedAt).min(Comparator.naturalOrder()).orElse(null);
        if (first == null || first.isAfter(day.at())) {
            return List.of();
        }
        Instant from = day.opens() != null && day.opens().isBefore(first) ? day.opens() : first;
        ZonedDateTime local = from.atZone(day.zone()).truncatedTo(ChronoUnit.MINUTES);
        Instant start = local.withMinute(local.getMinute() - local.getMinute() % 15).toInstant();
        List<HallStats.WaitingPoint> points = new ArrayList<>();
        for (Instant t = start; t.isBefore(day.at()); t = t.plus(STEP)) {
            points.add(new HallStats.WaitingPoint(t, waitingAt(tickets, t)));
        }
        points.add(new HallStats.WaitingPoint(day.at(), waitingAt(tickets, day.at())));
        return List.copyOf(points);
    }

    private static int waitingAt(List<DayTicket> tickets, Instant t) {
        int count = 0;
        for (DayTicket ticket : tickets) {
            if (ticket.waitingAt(t)) {
                count++;
            }
        }
        return count;
    }

    static @Nullable Duration mean(List<Duration> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        long micros = 0;
        for (Duration wait : waits) {
            micros += wait.toNanos() / 1000;
        }
        return Duration.ofSeconds(Math.floorDiv(micros / waits.size(), 1_000_000L));
    }

    /** The nearest-rank 95th percentile: the smallest wait with at least 95% of waits at or below it. */
    static @Nullable Duration percentile95(List<Duration> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(waits);
        sorted.sort(Comparator.naturalOrder());
        int rank = (95 * sorted.size() + 99) / 100; // ceil(0.95 n) in integers
        return seconds(sorted.get(rank - 1));
    }

    private static Duration seconds(Duration d) {
        return Duration.ofSeconds(Math.floorDiv(d.toMillis(), 1000L));
    }
}
