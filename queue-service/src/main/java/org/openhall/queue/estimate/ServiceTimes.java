package org.openhall.queue.estimate;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How long a window is taken by one visit of each service, learned from the hall's recent visits: from
 * the call to the end (served or no-show), so that walking up and visitors who never come count too.
 *
 * <p>A service's typical time is the mean of its recent visits, each capped at {@value #CAP_TIMES_MEDIAN}
 * times their median so that a visit a clerk forgot to complete does not swamp it. A service with fewer
 * than {@value #MIN_SAMPLES} visits falls back to the mean of all the hall's visits, and a hall without
 * any to the given default.
 */
public final class ServiceTimes {

    static final int MIN_SAMPLES = 3;
    static final int CAP_TIMES_MEDIAN = 4;

    private final Map<String, Learned> byService;
    private final double fallbackSeconds;

    private ServiceTimes(Map<String, Learned> byService, double fallbackSeconds) {
        this.byService = byService;
        this.fallbackSeconds = fallbackSeconds;
    }

    /**
     * Learns from recent visits per service (any order; negative durations are ignored).
     *
     * @param recent          per service code, how long recent visits took the window
     * @param defaultDuration what a visit is assumed to take in a hall with no history at all
     */
    public static ServiceTimes learn(Map<String, ? extends Collection<Duration>> recent, Duration defaultDuration) {
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(defaultDuration, "defaultDuration");
        Map<String, Learned> learned = new HashMap<>();
        double sum = 0;
        int count = 0;
        for (var entry : recent.entrySet()) {
            double[] seconds = entry.getValue().stream().filter(d -> !d.isNegative())
                    .mapToDouble(d -> d.toMillis() / 1000.0).sorted().toArray();
            if (seconds.length == 0) {
                continue;
            }
            double cap = CAP_TIMES_MEDIAN * Math.max(1, seconds[seconds.length / 2]);
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = Math.min(seconds[i], cap);
            }
            double mean = Arrays.stream(seconds).average().orElseThrow();
            sum += mean * seconds.length;
            count += seconds.length;
            if (seconds.length >= MIN_SAMPLES) {
                learned.put(entry.getKey(), new Learned(seconds, mean));
            }
        }
        double fallback = count > 0 ? sum / count : defaultDuration.toMillis() / 1000.0;
        return new ServiceTimes(Map.copyOf(learned), fallback);
    }

    /** Times for a hall with no history: every visit takes {@code duration}. */
    public static ServiceTimes none(Duration duration) {
        return learn(Map.of(), duration);
    }

    /** Whether the service has enough recent visits of its own (otherwise the hall's mean stands in). */
    public boolean knows(String service) {
        return byService.containsKey(service);
    }

    /** How long a visit of the service typically takes a window. */
    public Duration typical(String service) {
        return seconds(typicalSeconds(service));
    }

    double typicalSeconds(String service) {
        Learned learned = byService.get(service);
        return learned == null ? fallbackSeconds : learned.mean();
    }

    /**
     * How much longer a visit of the service that has lasted {@code elapsed} will probably take: the mean
     * of what remained of the recent visits that lasted longer; once it has outlasted nearly all of them,
     * a quarter of the typical time.
     */
    public Duration remaining(String service, Duration elapsed) {
        return seconds(remainingSeconds(service, Math.max(0, elapsed.toMillis() / 1000.0)));
    }

    double remainingSeconds(String service, double elapsed) {
        double typical = typicalSeconds(service);
        double floor = typical / 4;
        Learned learned = byService.get(service);
        if (learned == null) {
            return Math.max(typical - elapsed, floor);
        }
        double[] seconds = learned.seconds();
        int first = Arrays.binarySearch(seconds, elapsed);
        first = first < 0 ? -first - 1 : first + 1;
        while (first < seconds.length && seconds[first] <= elapsed) {
            first++;
        }
        int longer = seconds.length - first;
        if (longer < MIN_SAMPLES) {
            return floor;
        }
        double sum = 0;
        for (int i = first; i < seconds.length; i++) {
            sum += seconds[i] - elapsed;
        }
        return Math.max(sum / longer, 1);
    }

    /** The services with enough history of their own. */
    public List<String> services() {
        return byService.keySet().stream().sorted().toList();
    }

    @Override
    public String toString() {
        Map<String, Long> typical = new HashMap<>();
        byService.forEach((service, learned) -> typical.put(service, Math.round(learned.mean())));
        return "ServiceTimes(seconds=" + typical + ", fallback=" + Math.round(fallbackSeconds) + ")";
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** A service's recent visits in seconds, sorted and capped, and their mean. */
    private record Learned(double[] seconds, double mean) {
    }
}
