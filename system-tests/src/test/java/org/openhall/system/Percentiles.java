package org.openhall.system;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a set of samples, for the benchmarks' printouts. */
record Percentiles(int count, double p50, double p90, double p99, double max, double mean) {

    static Percentiles of(Collection<? extends Number> samples) {
        double[] sorted = samples.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(Double.NaN));
    }

    private static double rank(double[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String format(String unit) {
        return "n=%d  p50 %.0f %s  p90 %.0f %s  p99 %.0f %s  max %.0f %s  (mean %.0f %s)".formatted(count, p50, unit,
                p90, unit, p99, unit, max, unit, mean, unit);
    }
}
