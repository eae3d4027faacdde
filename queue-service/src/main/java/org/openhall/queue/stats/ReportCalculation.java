package org.openhall.queue.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallReport;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowView;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.hall.WaitThresholds;

/**
 * A hall's report as a pure function of its event log and its ratings and follow-ups.
 * <ul>
 * <li>A ticket counts as issued for the service it was issued for.
 * <li>Its wait runs from its issue to its first call and counts at the window of that call, for
 * the clerk seated there then (the window events say who sat where).
 * <li>A visit counts as served, with its service time from start to completion, at the window
 * that completed it and for its clerk then.
 * <li>A no-show counts where it was marked, unless the ticket was requeued afterwards.
 * <li>A wait is judged by the threshold its service had when the ticket was issued.
 * <li>A ticket never called that waited past its service's threshold (until it was cancelled, the
 * end of its service day or {@code asOf}) counts against the threshold for the hall and service.
 * <li>Services, windows and clerks go by the names they had at {@code asOf} as the log says: the
 * last event before then that names them ({@link Names}); only what the log leaves unnamed takes
 * its name from the catalog, the windows or the staff directory of today.
 * </ul>
 */
final class ReportCalculation {

    /**
     * What a report is made of.
     *
     * @param catalog    the hall's services, for their order, and names where the log has none
     * @param thresholds the thresholds of the time each ticket was issued
     * @param windows    the hall's windows by id, for numbers and labels where the log has none
     * @param events     {@link ReportRepository#events} in log order
     * @param ratings    ratings given from the period's start up to {@code asOf}
     * @param followUps  follow-ups opened before {@code asOf}
     */
    record Inputs(Hall hall, HallReport.Period period, java.time.LocalDate from, java.time.LocalDate to,
            Instant start, Instant asOf, List<ServiceDefinition> catalog, WaitThresholds thresholds,
            Map<Long, WindowView> windows,
            List<HallEvent> events, List<ReportRepository.Rated> ratings, List<ReportRepository.FollowUp> followUps,
            int complaintsReceived, int suggestionsReceived) {
    }

    private ReportCalculation() {
    }

    static HallReport of(Inputs in) {
        Names names = Names.asOf(in.events(), in.asOf());
        Map<String, ServiceDefinition> services = new LinkedHashMap<>();
        in.catalog().forEach(s -> services.put(s.code(), s));
        Tally total = new Tally(true);
        Map<String, Tally> byService = new HashMap<>();
        Map<Long, Tally> byWindow = new HashMap<>();
        Map<String, Tally> byStaff = new HashMap<>();
        Map<String, String> staffNames = new HashMap<>();
        Function<String, Tally> service = code -> byService.computeIfAbsent(code, c -> new Tally(true));
        Function<@Nullable Long, @Nullable Tally> window = id -> id == null ? null
                : byWindow.computeIfAbsent(id, w -> new Tally(false));

        Map<Long, WindowView.Clerk> seated = new HashMap<>();
        Map<String, Visit> visits = new LinkedHashMap<>();
        for (HallEvent event : in.events()) {
            if (event.ticket() == null) {
                WindowView w = event.window();
                if (w != null) {
                    if (w.clerk() == null) {
                        seated.remove(w.id());
                    } else {
                        seated.put(w.id(), w.clerk());
                    }
                }
                continue;
            }
            TicketView t = event.ticket();
            WindowView.Clerk clerk = t.windowId() == null ? null : seated.get(t.windowId());
            Tally staff = null;
            if (clerk != null) {
                staff = byStaff.computeIfAbsent(clerk.badge(), b -> new Tally(false));
                staffNames.put(clerk.badge(), clerk.name());
            }
            Visit visit = visits.get(t.id());
            switch (event.type()) {
                case HallEvent.TICKET_ISSUED -> {
                    visits.put(t.id(), new Visit(t.service(), t.serviceDay(), t.issuedAt()));
                    total.issued++;
                    service.apply(t.service()).issued++;
                }
                case HallEvent.TICKET_CALLED -> {
                    if (visit != null && !visit.called && t.calledAt() != null) {
                        visit.called = true;
                        Duration wait = Duration.between(visit.issuedAt, t.calledAt());
                        Duration threshold = in.thresholds().at(visit.service, visit.issuedAt);
                        for (Tally tally : tallies(total, service.apply(visit.service), window.apply(t.windowId()),
                                staff)) {
                            tally.waited(wait, threshold);
                        }
                    }
                }
                case HallEvent.TICKET_COMPLETED -> {
                    if (visit != null) {
                        visit.noShow = null;
                        Instant started = t.startedAt() != null ? t.startedAt() : t.calledAt();
                        Duration served = started == null || t.endedAt() == null ? null
                                : Duration.between(started, t.endedAt());
                        for (Tally tally : tallies(total, service.apply(t.service()), window.apply(t.windowId()),
                                staff)) {
                            tally.served++;
                            if (served != null) {
                                tally.serviceTimes.add(served);
                            }
                        }
                    }
                }
                case HallEvent.TICKET_NO_SHOW -> {
                    if (visit != null) {
                        visit.noShow = tallies(total, service.apply(t.service()), window.apply(t.windowId()), staff);
                    }
                }
                case HallEvent.TICKET_REQUEUED -> {
                    if (visit != null) {
                        visit.noShow = null;
                    }
                }
                case HallEvent.TICKET_CANCELLED -> {
                    if (visit != null) {
                        visit.cancelledAt = t.endedAt() != null ? t.endedAt() : event.occurredAt();
                    }
                }
                default -> {
                    // recalls, starts and transfers change no figure
                }
            }
        }
        for (Visit visit : visits.values()) {
            if (visit.noShow != null) {
                visit.noShow.forEach(tally -> tally.noShows++);
            }
            Duration threshold = in.thresholds().at(visit.service, visit.issuedAt);
            if (!visit.called && threshold != null) {
                Instant dayEnd = in.hall().serviceDayStart(visit.serviceDay.plusDays(1));
                Instant end = visit.cancelledAt != null ? visit.cancelledAt
                        : dayEnd.isBefore(in.asOf()) ? dayEnd : in.asOf();
                if (Duration.between(visit.issuedAt, end).compareTo(threshold) > 0) {
                    total.againstThreshold++;
                    service.apply(visit.service).againstThreshold++;
                }
            }
        }

        for (ReportRepository.Rated rating : in.ratings()) {
            for (Tally tally : tallies(total, service.apply(rating.service()), window.apply(rating.windowId()),
                    staff(rating, byStaff, staffNames))) {
                tally.rated(rating.level());
            }
        }
        java.time.LocalDate asOfDay = in.hall().serviceDayAt(in.asOf());
        int complaintsOpen = 0;
        int complaintsOverdue = 0;
        int complaintsAnswered = 0;
        for (ReportRepository.FollowUp followUp : in.followUps()) {
            boolean open = followUp.closedAt() == null || !followUp.closedAt().isBefore(in.asOf());
            boolean overdue = open && followUp.deadline().isBefore(asOfDay);
            ReportRepository.Rated rating = followUp.rating();
            if (rating == null) {
                complaintsOpen += open ? 1 : 0;
                complaintsOverdue += overdue ? 1 : 0;
                complaintsAnswered += !open && !followUp.closedAt().isBefore(in.start()) ? 1 : 0;
            } else if (open) {
                for (Tally tally : tallies(total, service.apply(rating.service()), window.apply(rating.windowId()),
                        staff(rating, byStaff, staffNames))) {
                    tally.followUpsOpen++;
                    tally.followUpsOverdue += overdue ? 1 : 0;
                }
            }
        }

        List<HallReport.Line> serviceLines = new ArrayList<>();
        for (ServiceDefinition s : services.values()) {
            Tally tally = byService.remove(s.code());
            if (tally != null || s.active()) {
                serviceLines.add(new HallReport.Line(s.code(), names.services().getOrDefault(s.code(), s.name()),
                        (tally == null ? new Tally(true) : tally).figures()));
            }
        }
        byService.keySet().stream().sorted().forEach(code -> serviceLines.add(new HallReport.Line(code,
                names.services().getOrDefault(code, LocalizedText.of(code, code)), byService.get(code).figures())));

        List<HallReport.Line> windowLines = byWindow.entrySet().stream()
                .map(e -> windowLine(e.getKey(), names.windows().getOrDefault(e.getKey(), in.windows().get(e.getKey())),
                        e.getValue()))
                .sorted(Comparator.comparing((HallReport.Line l) -> l.key().length()).thenComparing(HallReport.Line::key))
                .toList();
        List<HallReport.Line> staffLines = byStaff.entrySet().stream()
                .map(e -> {
                    String name = names.clerks().getOrDefault(e.getKey(), staffNames.get(e.getKey()));
                    return new HallReport.Line(e.getKey(), LocalizedText.of(name, name), e.getValue().figures());
                })
                .sorted(Comparator.comparing(HallReport.Line::key))
                .toList();
        return new HallReport(in.hall().code(), in.hall().name(), in.period(), in.from(), in.to(), in.asOf(),
                total.figures(), List.copyOf(serviceLines), windowLines, staffLines,
                new HallReport.Complaints(in.complaintsReceived(), in.suggestionsReceived(), complaintsAnswered,
                        complaintsOpen, complaintsOverdue));
    }

    private static HallReport.Line windowLine(long id, @Nullable WindowView window, Tally tally) {
        if (window == null) {
            return new HallReport.Line("#" + id, LocalizedText.of("已删除的窗口", "Removed window"), tally.figures());
        }
        String zh = window.label().zh().isBlank() ? "窗口 " + window.number() : window.label().zh();
        String en = window.label().en().isBlank() ? "Window " + window.number() : window.label().en();
        return new HallReport.Line(Integer.toString(window.number()), LocalizedText.of(zh, en), tally.figures());
    }

    private static @Nullable Tally staff(ReportRepository.Rated rating, Map<String, Tally> byStaff,
            Map<String, String> names) {
        if (rating.badge() == null) {
            return null;
        }
        names.putIfAbsent(rating.badge(), rating.clerkName() == null ? rating.badge() : rating.clerkName());
        return byStaff.computeIfAbsent(rating.badge(), b -> new Tally(false));
    }

    private static List<Tally> tallies(Tally total, Tally service, @Nullable Tally window, @Nullable Tally staff) {
        List<Tally> tallies = new ArrayList<>(4);
        tallies.add(total);
        tallies.add(service);
        if (window != null) {
            tallies.add(window);
        }
        if (staff != null) {
            tallies.add(staff);
        }
        return tallies;
    }

    /**
     * What the log called each service, window and clerk at an instant: the name in the last event
     * before it that carries one. A ticket event names its service, a window event its window
     * (number and label) and the clerk seated there.
     *
     * @param services service code to name
     * @param windows  window id to the window as its last event showed it
     * @param clerks   badge to name
     */
    record Names(Map<String, LocalizedText> services, Map<Long, WindowView> windows, Map<String, String> clerks) {

        static Names asOf(List<HallEvent> events, Instant asOf) {
            Names names = new Names(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (HallEvent event : events) {
                if (!event.occurredAt().isBefore(asOf)) {
                    continue;
                }
                TicketView ticket = event.ticket();
                if (ticket != null) {
                    names.services().put(ticket.service(), ticket.serviceName());
                }
                WindowView window = event.window();
                if (window != null) {
                    names.windows().put(window.id(), window);
                    if (window.clerk() != null) {
                        names.clerks().put(window.clerk().badge(), window.clerk().name());
                    }
                }
            }
            return names;
        }
    }

    /** A ticket of the period as its events go by. */
    private static final class Visit {
        final String service;
        final java.time.LocalDate serviceDay;
        final Instant issuedAt;
        boolean called;
        @Nullable Instant cancelledAt;
        /** Where it was marked no-show, while that is its last outcome. */
        @Nullable List<Tally> noShow;

        Visit(String service, java.time.LocalDate serviceDay, Instant issuedAt) {
            this.service = service;
            this.serviceDay = serviceDay;
            this.issuedAt = issuedAt;
        }
    }

    /** The counts of one line. */
    private static final class Tally {
        final boolean issues;
        int issued;
        int served;
        int noShows;
        final List<Duration> waits = new ArrayList<>();
        final List<Duration> serviceTimes = new ArrayList<>();
        int withinThreshold;
        int againstThreshold;
        int rated;
        int satisfied;
        int bad;
        int followUpsOpen;
        int followUpsOverdue;

        Tally(boolean issues) {
            this.issues = issues;
        }

        void waited(Duration wait, @Nullable Duration threshold) {
            waits.add(wait);
            if (threshold != null) {
                againstThreshold++;
                if (wait.compareTo(threshold) <= 0) {
                    withinThreshold++;
                }
            }
        }

        void rated(int level) {
            rated++;
            if (level >= 3) {
                satisfied++;
            } else {
                bad++;
            }
        }

        HallReport.Figures figures() {
            return HallReport.Figures.of(issues ? issued : null, waits.size(), served, noShows,
                    DayStatistics.mean(waits), DayStatistics.percentile95(waits), DayStatistics.mean(serviceTimes),
                    DayStatistics.percentile95(serviceTimes), withinThreshold, againstThreshold, rated, satisfied, bad,
                    followUpsOpen, followUpsOverdue);
        }
    }
}
