package org.openhall.board.feed;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * The feeds of the halls this application instance serves: exactly one per hall, started with the
 * application and shared by all its screens, so that a hall costs queue-service one event stream
 * per instance however many boards show it. Each feed talks to queue-service through its hall's
 * own {@link HallClients}.
 */
public final class HallFeeds implements SmartLifecycle, AutoCloseable {

    private final HallClients clients;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final FeedSettings settings;
    private final BoardReducer reducer = new BoardReducer();
    private final Map<String, HallFeed> feeds = new ConcurrentHashMap<>();
    private volatile boolean running;

    public HallFeeds(HallClients clients, Clock clock, TaskScheduler scheduler, FeedSettings settings) {
        this.clients = clients;
        this.clock = clock;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** The halls this instance serves. */
    public Set<String> halls() {
        return settings.halls();
    }

    /**
     * The started feed of a served hall; empty for any other hall. Never creates a second feed for
     * a hall.
     */
    public Optional<HallFeed> feed(String hall) {
        if (!settings.halls().contains(hall)) {
            return Optional.empty();
        }
        HallFeed feed = feeds.computeIfAbsent(hall,
                code -> new HallFeed(code, clients.api(code), clients.events(code), reducer, clock, scheduler,
                        settings));
        feed.start();
        return Optional.of(feed);
    }

    /** Starts the feeds of all served halls, so that a board has its data before anyone opens it. */
    @Override
    public void start() {
        settings.halls().forEach(this::feed);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        feeds.values().forEach(HallFeed::close);
        feeds.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
    }
}
