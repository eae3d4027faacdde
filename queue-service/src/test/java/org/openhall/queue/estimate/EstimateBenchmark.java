package org.openhall.queue.estimate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;
import org.openhall.client.api.WindowState;
import org.openhall.queue.policy.CallPolicy;
import org.openhall.queue.policy.WaitingTicket;
import org.openhall.queue.policy.WeightedPolicy;
import org.openhall.queue.policy.WindowProfile;

/**
 * Measures how good wait estimates are on simulated days of the demo hall, in memory: eight services
 * with lognormal service times, arrivals peaking mid-morning and after lunch, 4 % green channel and
 * 6 % appointments, 4 % no-shows, the nine windows with the demo hall's weights (window 9 priority-only)
 * calling with the real {@link WeightedPolicy}, clerks walking visitors up, pausing now and then. Every
 * issued ticket is estimated twice, at the moment it is issued: by the naive "people ahead of it in its
 * service × the service's mean service time over the last day ÷ open windows serving it" (what
 * queue-service showed before), and by {@link WaitEstimator} with {@link ServiceTimes} learned from the
 * simulated hall's own finished visits — the same code queue-service runs. The first day only builds
 * history; the others are measured. Prints the mean, median and 90th percentile of the absolute error
 * in minutes, overall and per service, and what one estimate costs. A program, not a test.
 *
 * <p>Run with the command in the README's performance section; arguments (optional): seed (default
 * 20250303), measured days (5).
 */
public final class EstimateBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration DEFAULT_SERVICE_TIME = Duration.ofMinutes(5);
    private static final int RECENT = 50;
    private static final double NO_SHOW = 0.04;
    private static final Duration NO_SHOW_AFTER = Duration.ofSeconds(90);
    private static final double PAUSES_PER_HOUR = 0.6;

    /** The demo hall's services: median service time (minutes), spread (σ of its log) and share of visitors. */
    private static final List<Service> SERVICES = List.of(
            new Service("company-registration", 11, 0.5, 0.12),
            new Service("social-insurance", 5, 0.4, 0.19),
            new Service("invoice", 4, 0.45, 0.13),
            new Service("property-transfer", 16, 0.45, 0.09),
            new Service("residence-permit", 7, 0.35, 0.08),
            new Service("housing-fund", 6, 0.4, 0.12),
            new Service("medical-reimbursement", 9, 0.5, 0.08),
            new Service("enquiry", 2, 0.6, 0.19));

    private final Random random;
    private final CallPolicy policy = new WeightedPolicy();
    private final WaitEstimator estimator = new WaitEstimator(policy);
    private final List<WindowProfile> profiles = demoHallWindows();
    private final Map<String, Deque<Visit>> history = new HashMap<>();
    private final List<Estimate> estimates = new ArrayList<>();
    private final List<Long> estimateNanos = new ArrayList<>();
    private int maxWaiting;

    private EstimateBenchmark(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20250303L;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        EstimateBenchmark bench = new EstimateBenchmark(seed);
        LocalDate first = LocalDate.of(2025, 3, 3);
        bench.day(first, false);
        for (int d = 1; d <= days; d++) {
            bench.day(first.plusDays(d), true);
        }
        bench.print(seed, days);
        for (int size : new int[] {300, 1000}) {
            bench.timeCrowdedHall(size);
        }
    }

    /**
     * Times one estimate of every ticket and of a newcomer to each service in a hall with {@code size}
     * waiting (what the hall snapshot computes), all windows busy.
     */
    private void timeCrowdedHall(int size) {
        Instant now = LocalDate.of(2025, 3, 10).atTime(LocalTime.of(10, 30)).atZone(ZONE).toInstant();
        List<WaitingTicket> crowd = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(100);
            Priority priority = kind < 4 ? Priority.GREEN_CHANNEL : kind < 10 ? Priority.APPOINTMENT : Priority.NORMAL;
            crowd.add(new WaitingTicket("C" + i, pickService(), priority, now.minusSeconds(random.nextInt(3 * 3600)), i,
                    null, priority == Priority.APPOINTMENT ? now.plusSeconds(random.nextInt(3600) - 1800) : null));
        }
        List<WindowNow> busy = profiles.stream()
                .map(p -> WindowNow.busy(p, "enquiry", now.minusSeconds(random.nextInt(300)))).toList();
        Map<String, List<Duration>> recent = new HashMap<>();
        history.forEach((service, visits) -> recent.put(service,
                visits.stream().map(v -> Duration.between(v.calledAt(), v.endedAt())).toList()));
        ServiceTimes times = ServiceTimes.learn(recent, DEFAULT_SERVICE_TIME);
        List<String> services = SERVICES.stream().map(Service::code).toList();
        long[] nanos = new long[200];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < nanos.length; i++) {
                long before = System.nanoTime();
                estimator.estimate(now, crowd, busy, times, services);
                nanos[i] = System.nanoTime() - before;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%,d waiting, every ticket and a newcomer per service: p50 %.1f ms, p99 %.1f ms%n",
                size, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    // ---- the simulated hall ----

    private final class Window {
        final WindowProfile profile;
        WindowState state = WindowState.OPEN;
        @Nullable Instant since;
        @Nullable Ticket holding;
        boolean idle = true;
        Instant nextPause;

        Window(WindowProfile profile, Instant opens) {
            this.profile = profile;
            this.nextPause = opens.plus(exponential(60 / PAUSES_PER_HOUR));
        }

        WindowNow now() {
            Ticket held = holding;
            return new WindowNow(profile, state, since, held == null ? null : held.service,
                    held == null ? null : held.calledAt);
        }
    }

    private static final class Ticket {
        final WaitingTicket waiting;
        final String service;
        final Instant issuedAt;
        @Nullable Instant calledAt;
        @Nullable Estimate estimate;

        Ticket(WaitingTicket waiting) {
            this.waiting = waiting;
            this.service = waiting.service();
            this.issuedAt = waiting.waitingSince();
        }
    }

    private record Event(Instant at, long order, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long order;
    private final Map<String, Ticket> waiting = new LinkedHashMap<>();
    private final List<Window> windows = new ArrayList<>();

    private void at(Instant when, Runnable action) {
        events.add(new Event(when, order++, action));
    }

    private void day(LocalDate date, boolean measured) {
        Instant opens = date.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        windows.clear();
        profiles.forEach(p -> windows.add(new Window(p, opens)));
        arrivals(date).forEach(arrival -> at(arrival.at(), () -> issue(arrival, measured)));
        while (!events.isEmpty()) {
            Event event = events.poll();
            event.action().run();
        }
    }

    private void issue(Arrival arrival, boolean measured) {
        Instant now = arrival.at();
        long sequence = order++;
        WaitingTicket w = new WaitingTicket("T" + sequence, arrival.service(), arrival.priority(), now, sequence, null,
                arrival.priority() == Priority.APPOINTMENT ? now.plus(Duration.ofMinutes(random.nextInt(31) - 10)) : null);
        Ticket ticket = new Ticket(w);
        waiting.put(w.id(), ticket);
        maxWaiting = Math.max(maxWaiting, waiting.size());
        if (measured) {
            ticket.estimate = estimate(ticket, now);
        }
        for (Window window : windows) {
            if (window.idle && window.state == WindowState.OPEN && window.holding == null) {
                tryCall(window, now);
            }
        }
    }

    /** The window is free at {@code now}: pauses if due, else calls the next ticket the policy gives it. */
    private void ready(Window window, Instant now) {
        if (!now.isBefore(window.nextPause)) {
            window.state = WindowState.PAUSED;
            window.since = now;
            window.idle = false;
            at(now.plus(Duration.ofSeconds(300 + random.nextInt(601))), () -> {
                window.state = WindowState.OPEN;
                window.since = null;
                window.nextPause = now.plus(exponential(60 / PAUSES_PER_HOUR));
                tryCall(window, now);
            });
            return;
        }
        tryCall(window, now);
    }

    private void tryCall(Window window, Instant now) {
        List<WaitingTicket> pool = waiting.values().stream().map(t -> t.waiting).toList();
        var next = policy.next(window.profile, pool, now);
        if (next.isEmpty()) {
            window.idle = true;
            return;
        }
        window.idle = false;
        Ticket ticket = waiting.remove(next.get().id());
        ticket.calledAt = now;
        if (ticket.estimate != null) {
            estimates.add(ticket.estimate.withActual(Duration.between(ticket.issuedAt, now)));
        }
        window.holding = ticket;
        Service service = service(ticket.service);
        boolean noShow = random.nextDouble() < NO_SHOW;
        Instant started = now.plusSeconds(10 + random.nextInt(51));
        Instant ended = noShow ? now.plus(NO_SHOW_AFTER)
                : started.plusMillis(Math.round(service.median() * 60_000 * Math.exp(service.sigma() * random.nextGaussian())));
        at(ended, () -> {
            window.holding = null;
            record(new Visit(ticket.service, now, noShow ? null : started, ended));
            at(ended.plusSeconds(5 + random.nextInt(16)), () -> ready(window, ended));
        });
    }

    private record Visit(String service, Instant calledAt, @Nullable Instant startedAt, Instant endedAt) {
    }

    private void record(Visit visit) {
        Deque<Visit> recent = history.computeIfAbsent(visit.service(), s -> new ArrayDeque<>());
        recent.addFirst(visit);
        while (recent.size() > 2 * RECENT) {
            recent.removeLast();
        }
    }

    // ---- the two estimates ----

    private Estimate estimate(Ticket ticket, Instant now) {
        long before = System.nanoTime();
        Map<String, List<Duration>> recent = new HashMap<>();
        history.forEach((service, visits) -> recent.put(service, visits.stream()
                .filter(v -> v.endedAt().isAfter(now.minus(Duration.ofDays(7)))).limit(RECENT)
                .map(v -> Duration.between(v.calledAt(), v.endedAt())).toList()));
        ServiceTimes times = ServiceTimes.learn(recent, DEFAULT_SERVICE_TIME);
        List<WaitingTicket> pool = waiting.values().stream().map(t -> t.waiting).toList();
        Duration ours = estimator.estimate(now, pool, windows.stream().map(Window::now).toList(), times, List.of())
                .ticket(ticket.waiting.id(), now).orElseThrow();
        estimateNanos.add(System.nanoTime() - before);
        return new Estimate(ticket.service, naive(ticket, now), ours, Duration.ZERO);
    }

    /** What queue-service showed before: people ahead × mean service time over the last day ÷ open windows. */
    private Duration naive(Ticket ticket, Instant now) {
        int ahead = 0;
        int rank = rank(ticket.waiting.priority());
        for (Ticket other : waiting.values()) {
            if (other == ticket || !other.service.equals(ticket.service)) {
                continue;
            }
            int otherRank = rank(other.waiting.priority());
            if (otherRank > rank || otherRank == rank && other.waiting.sequence() < ticket.waiting.sequence()) {
                ahead++;
            }
        }
        double mean = history.getOrDefault(ticket.service, new ArrayDeque<>()).stream()
                .filter(v -> v.startedAt() != null && v.endedAt().isAfter(now.minus(Duration.ofDays(1)))).limit(RECENT)
                .mapToLong(v -> Duration.between(v.startedAt(), v.endedAt()).toMillis()).average()
                .orElse(DEFAULT_SERVICE_TIME.toMillis());
        long open = windows.stream().filter(w -> w.state == WindowState.OPEN && w.profile.serves(ticket.service)).count();
        return Duration.ofMillis(Math.round(mean * ahead / Math.max(1, open)));
    }

    private static int rank(Priority priority) {
        return switch (priority) {
            case GREEN_CHANNEL -> 2;
            case APPOINTMENT -> 1;
            case NORMAL -> 0;
        };
    }

    private record Estimate(String service, Duration naive, Duration ours, Duration actual) {
        Estimate withActual(Duration wait) {
            return new Estimate(service, naive, ours, wait);
        }
    }

    // ---- the day's visitors ----

    private record Arrival(Instant at, String service, Priority priority) {
    }

    /**
     * Visitors from 9:00 to 12:00 and 13:30 to 17:00, about 360 a day, the rate peaking around 10:00
     * and 14:30 (a non-homogeneous Poisson process, drawn by thinning).
     */
    private List<Arrival> arrivals(LocalDate date) {
        List<Arrival> arrivals = new ArrayList<>();
        double base = 36; // visitors an hour outside the peaks
        double peak = base * 2.6;
        for (double[] period : new double[][] {{9, 12, 10}, {13.5, 17, 14.5}}) {
            double hour = period[0];
            while (true) {
                hour += -Math.log(1 - random.nextDouble()) / peak;
                if (hour >= period[1]) {
                    break;
                }
                double rate = base * (1 + 1.6 * Math.exp(-Math.pow((hour - period[2]) / 0.8, 2)));
                if (random.nextDouble() * peak > rate) {
                    continue;
                }
                Instant at = date.atStartOfDay(ZONE).toInstant().plusMillis(Math.round(hour * 3_600_000));
                int kind = random.nextInt(100);
                Priority priority = kind < 4 ? Priority.GREEN_CHANNEL : kind < 10 ? Priority.APPOINTMENT : Priority.NORMAL;
                arrivals.add(new Arrival(at, pickService(), priority));
            }
        }
        return arrivals;
    }

    private String pickService() {
        double r = random.nextDouble();
        for (Service s : SERVICES) {
            r -= s.share();
            if (r < 0) {
                return s.code();
            }
        }
        return SERVICES.getLast().code();
    }

    private Duration exponential(double meanMinutes) {
        return Duration.ofMillis(Math.round(-Math.log(1 - random.nextDouble()) * meanMinutes * 60_000));
    }

    private static Service service(String code) {
        return SERVICES.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private record Service(String code, double median, double sigma, double share) {
    }

    /** The demo hall's windows and weights ({@code DemoHallSeeder}). */
    static List<WindowProfile> demoHallWindows() {
        Map<String, Double> enquiries = new HashMap<>();
        Map<String, Double> everything = new HashMap<>();
        for (Service s : SERVICES) {
            enquiries.put(s.code(), s.code().equals("enquiry") ? 1.0 : 0.3);
            everything.put(s.code(), 1.0);
        }
        return List.of(
                WindowProfile.serving(1, Map.of("company-registration", 1.0, "invoice", 0.6)),
                WindowProfile.serving(2, Map.of("company-registration", 1.0, "invoice", 1.0)),
                WindowProfile.serving(3, Map.of("social-insurance", 1.0, "medical-reimbursement", 1.0, "housing-fund", 0.5)),
                WindowProfile.serving(4, Map.of("social-insurance", 1.0, "housing-fund", 1.0)),
                WindowProfile.serving(5, Map.of("property-transfer", 1.0)),
                WindowProfile.serving(6, Map.of("property-transfer", 1.0, "residence-permit", 0.5)),
                WindowProfile.serving(7, Map.of("residence-permit", 1.0)),
                WindowProfile.serving(8, enquiries),
                new WindowProfile(9, everything, true, false));
    }

    // ---- the report ----

    private void print(long seed, int days) {
        System.out.printf(Locale.ROOT, "Seed %d; %d measured days of the demo hall (after a day of history); %d tickets;"
                + " at most %d waiting at once%n", seed, days, estimates.size(), maxWaiting);
        System.out.printf(Locale.ROOT, "Mean actual wait %.1f min; absolute error of the estimate made at issue, in minutes:%n",
                estimates.stream().mapToDouble(e -> minutes(e.actual())).average().orElse(0));
        System.out.printf(Locale.ROOT, "%-22s %6s %8s | %7s %7s %7s | %7s %7s %7s%n", "service", "tickets", "wait",
                "naive", "p50", "p90", "ours", "p50", "p90");
        row("all", estimates);
        for (Service s : SERVICES) {
            row(s.code(), estimates.stream().filter(e -> e.service().equals(s.code())).toList());
        }
        long[] nanos = estimateNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "One estimate of the whole hall (learning included): p50 %.2f ms, p99 %.2f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    private static void row(String name, List<Estimate> rows) {
        double[] naive = rows.stream().mapToDouble(e -> Math.abs(minutes(e.naive()) - minutes(e.actual()))).sorted().toArray();
        double[] ours = rows.stream().mapToDouble(e -> Math.abs(minutes(e.ours()) - minutes(e.actual()))).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-22s %6d %8.1f | %7.1f %7.1f %7.1f | %7.1f %7.1f %7.1f%n", name, rows.size(),
                rows.stream().mapToDouble(e -> minutes(e.actual())).average().orElse(0),
                mean(naive), quantile(naive, 0.5), quantile(naive, 0.9), mean(ours), quantile(ours, 0.5),
                quantile(ours, 0.9));
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    private static double mean(double[] sorted) {
        return Arrays.stream(sorted).average().orElse(Double.NaN);
    }

    private static double quantile(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))];
    }
}
