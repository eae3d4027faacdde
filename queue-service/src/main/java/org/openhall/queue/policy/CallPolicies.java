package org.openhall.queue.policy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Finds a {@link CallPolicy} by its configuration name. */
public final class CallPolicies {

    /** The name of the policy a hall uses unless configured otherwise. */
    public static final String DEFAULT = WeightedPolicy.NAME;

    private static final List<String> NAMES = List.of(FifoPolicy.NAME, WeightedPolicy.NAME);

    private CallPolicies() {
    }

    /** The names {@link #byName} knows, sorted. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The policy with the given name, ignoring case and surrounding blanks, with its default settings.
     *
     * @throws IllegalArgumentException naming the known policies, if the name is none of them
     */
    public static CallPolicy byName(String name) {
        return byName(name, Duration.ZERO);
    }

    /**
     * The policy with the given name, ignoring case and surrounding blanks; a weighted policy gets the given
     * early grace for appointments, which other policies ignore.
     *
     * @throws IllegalArgumentException naming the known policies, if the name is none of them, or if the
     *                                  grace is negative
     */
    public static CallPolicy byName(String name, Duration appointmentEarlyGrace) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(appointmentEarlyGrace, "appointmentEarlyGrace");
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case FifoPolicy.NAME -> new FifoPolicy();
            case WeightedPolicy.NAME -> new WeightedPolicy(appointmentEarlyGrace);
            default -> throw new IllegalArgumentException(
                    "Unknown call policy '" + name + "'; known policies: " + String.join(", ", NAMES));
        };
    }
}
