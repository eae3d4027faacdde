package org.openhall.queue.hall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every wait threshold each service of a hall has had, so that a past wait is judged by the
 * threshold of its time. Before a service's first recorded threshold its first one applies.
 */
public final class WaitThresholds {

    /** A threshold (null: none) that applied from {@code from} until the service's next one. */
    public record Change(Instant from, @Nullable Duration threshold) {
    }

    private final Map<String, List<Change>> byService;

    /** @param byService each service's changes, oldest first */
    public WaitThresholds(Map<String, List<Change>> byService) {
        this.byService = Map.copyOf(byService);
    }

    /**
     * The service's threshold at the instant: null when it had none then, or when the hall never
     * had such a service.
     */
    public @Nullable Duration at(String service, Instant instant) {
        List<Change> changes = byService.getOrDefault(service, List.of());
        return changes.reversed().stream().filter(change -> !change.from().isAfter(instant)).findFirst()
                .or(() -> changes.stream().findFirst())
                .map(Change::threshold)
                .orElse(null);
    }

    /** The service's changes, oldest first. */
    public List<Change> of(String service) {
        return Optional.ofNullable(byService.get(service)).orElse(List.of());
    }
}
