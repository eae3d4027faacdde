package org.openhall.board.dashboard;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openhall.board.feed.HallClients;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.api.HallView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The stats refreshers of this application instance: at most one per hall, shared by all its
 * dashboards. A dashboard may show a hall this instance serves ({@code openhall.hall} and {@code
 * openhall.board.halls}, whose events trigger reads) or any other hall queue-service lists (read
 * on the timer only); a URL naming any other code gets nothing, so it cannot make the instance
 * poll for halls that do not exist.
 */
public final class StatsRefreshers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatsRefreshers.class);

    private final HallClients clients;
    private final HallFeeds feeds;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final DashboardProperties properties;
    private final Map<String, StatsRefresher> refreshers = new ConcurrentHashMap<>();
    private volatile List<HallView> knownHalls = List.of();

    public StatsRefreshers(HallClients clients, HallFeeds feeds, Clock clock, TaskScheduler scheduler,
            DashboardProperties properties) {
        this.clients = clients;
        this.feeds = feeds;
        this.clock = clock;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /**
     * The halls queue-service lists, read afresh through the clients of the hall a dashboard shows;
     * the last list read when it cannot be reached (empty if it never could), so that a dashboard
     * opens even while queue-service is down.
     */
    public List<HallView> halls(String shown) {
        try {
            knownHalls = List.copyOf(clients.api(shown).halls());
        } catch (RuntimeException e) {
            log.debug("Cannot read the halls from queue-service ({}); using the last list", e.toString());
        }
        return knownHalls;
    }

    /** The refresher of a hall a dashboard may show; empty for any other code. Never two for a hall. */
    public Optional<StatsRefresher> refresher(String hall) {
        StatsRefresher existing = refreshers.get(hall);
        if (existing != null) {
            return Optional.of(existing);
        }
        boolean served = feeds.halls().contains(hall);
        if (!served && knownHalls.stream().noneMatch(h -> h.code().equals(hall))) {
            return Optional.empty();
        }
        return Optional.of(refreshers.computeIfAbsent(hall, code -> new StatsRefresher(code, clients.api(code),
                feeds.feed(code).orElse(null), clock, scheduler, properties)));
    }

    @Override
    public void close() {
        refreshers.values().forEach(StatsRefresher::close);
        refreshers.clear();
    }
}
