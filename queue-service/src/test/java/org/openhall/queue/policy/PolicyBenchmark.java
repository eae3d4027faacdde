package org.openhall.queue.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Priority;

/**
 * Times {@link CallPolicy#rank} (and {@link CallPolicy#next}) for the nine windows of the demo hall over 2,000
 * waiting tickets, and prints calls per second and the median and 99th percentile of one call in
 * microseconds. A program, not a test: the numbers depend on the machine.
 *
 * <p>Run after {@code test-compile}, with the test classpath:
 * {@code java -cp queue-service/target/test-classes:queue-service/target/classes:<deps>
 * org.openhall.queue.policy.PolicyBenchmark [seconds per measurement, default 5]}
 */
public final class PolicyBenchmark {

    private static final int WAITING = 2_000;

    private PolicyBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<WindowProfile> windows = demoHallWindows();
        Instant now = Tickets.OPENING.plus(Duration.ofHours(3));
        List<WaitingTicket> waiting = waitingTickets(new Random(42), now);

        System.out.printf(Locale.ROOT, "Java %s, %d processors; %d windows, %d waiting tickets, %.0f s each%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), windows.size(), waiting.size(),
                seconds);
        System.out.printf(Locale.ROOT, "%-9s %-5s %12s %10s %10s %12s%n", "policy", "call", "ops/s", "p50 µs",
                "p99 µs", "avg ranked");
        for (CallPolicy policy : List.of(new FifoPolicy(), new WeightedPolicy())) {
            for (boolean full : List.of(true, false)) {
                measure(policy, full, windows, waiting, now, seconds / 2); // warm-up
                Result result = measure(policy, full, windows, waiting, now, seconds);
                System.out.printf(Locale.ROOT, "%-9s %-5s %,12.0f %10.1f %10.1f %12.1f%n", policy.name(),
                        full ? "rank" : "next", result.opsPerSecond(), result.p50Micros(), result.p99Micros(),
                        result.averageRanked());
            }
        }
    }

    private static Result measure(CallPolicy policy, boolean full, List<WindowProfile> windows,
            List<WaitingTicket> waiting, Instant now, double seconds) {
        long[] samples = new long[1 << 16];
        int count = 0;
        long ranked = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long finished;
        do {
            for (WindowProfile window : windows) {
                long before = System.nanoTime();
                int size = full
                        ? policy.rank(window, waiting, now).size()
                        : policy.next(window, waiting, now).isPresent() ? 1 : 0;
                long after = System.nanoTime();
                if (count == samples.length) {
                    samples = Arrays.copyOf(samples, count * 2);
                }
                samples[count++] = after - before;
                ranked += size;
            }
            finished = System.nanoTime();
        } while (finished < end);
        Arrays.sort(samples, 0, count);
        return new Result(count / ((finished - start) / 1e9), samples[(int) (count * 0.50)] / 1e3,
                samples[(int) (count * 0.99)] / 1e3, (double) ranked / count);
    }

    private record Result(double opsPerSecond, double p50Micros, double p99Micros, double averageRanked) {
    }

    /** The windows table of the demo hall. */
    private static List<WindowProfile> demoHallWindows() {
        Map<String, Double> enquiries = new HashMap<>();
        for (String service : List.of("A", "B", "C", "D", "E", "F", "G")) {
            enquiries.put(service, 0.3);
        }
        enquiries.put("Z", 1.0);
        Map<String, Double> everything = new HashMap<>();
        for (String service : List.of("A", "B", "C", "D", "E", "F", "G", "Z")) {
            everything.put(service, 1.0);
        }
        return List.of(
                WindowProfile.serving(1, Map.of("A", 1.0, "C", 0.6)),
                WindowProfile.serving(2, Map.of("A", 1.0, "C", 1.0)),
                WindowProfile.serving(3, Map.of("B", 1.0, "G", 1.0, "F", 0.5)),
                WindowProfile.serving(4, Map.of("B", 1.0, "F", 1.0)),
                WindowProfile.serving(5, Map.of("D", 1.0)),
                WindowProfile.serving(6, Map.of("D", 1.0, "E", 0.5)),
                WindowProfile.serving(7, Map.of("E", 1.0)),
                WindowProfile.serving(8, enquiries),
                new WindowProfile(9, everything, true, false));
    }

    /**
     * Tickets that waited up to three hours: 85 % normal, 8 % appointments booked within an hour either side,
     * 5 % green channel, 2 % transferred to a window.
     */
    private static List<WaitingTicket> waitingTickets(Random random, Instant now) {
        List<String> services = List.of("A", "A", "A", "B", "B", "B", "C", "C", "D", "E", "F", "G", "Z", "Z");
        List<WaitingTicket> tickets = new ArrayList<>(WAITING);
        for (int i = 0; i < WAITING; i++) {
            int kind = random.nextInt(100);
            Priority priority = kind < 85 || kind >= 98 ? Priority.NORMAL
                    : kind < 93 ? Priority.APPOINTMENT : Priority.GREEN_CHANNEL;
            @Nullable Instant appointmentAt = priority == Priority.APPOINTMENT
                    ? now.plusSeconds(random.nextInt(7_200) - 3_600)
                    : null;
            @Nullable Long target = kind >= 98 ? (long) (1 + random.nextInt(9)) : null;
            tickets.add(new WaitingTicket("T%04d".formatted(i), services.get(random.nextInt(services.size())),
                    priority, now.minusSeconds(random.nextInt(3 * 3_600)), i, target, appointmentAt));
        }
        return List.copyOf(tickets);
    }
}
