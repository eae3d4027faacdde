package org.openhall.board.device;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.FeedStatus;
import org.openhall.board.feed.HallClients;
import org.openhall.board.feed.HallFeed;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.DeviceReport;
import org.openhall.client.api.DeviceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Reports this board to queue-service for every hall it follows: at start, whenever a hall's feed
 * changes between live and lost, and every heartbeat, each with that hall's own token. A report
 * that cannot be delivered is simply sent again on the next beat; the board never stops showing
 * calls because of it.
 */
public final class BoardReporting implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoardReporting.class);

    private final HallClients clients;
    private final HallFeeds feeds;
    private final TaskScheduler scheduler;
    private final String deviceId;
    private final BoardDeviceProperties properties;
    private final Map<String, FeedStatus> reported = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refusalLogged = new ConcurrentHashMap<>();
    private final List<HallFeed.Registration> registrations = new CopyOnWriteArrayList<>();
    private volatile @Nullable ScheduledFuture<?> beat;

    public BoardReporting(HallClients clients, HallFeeds feeds, TaskScheduler scheduler,
            BoardDeviceProperties properties) {
        this.clients = clients;
        this.feeds = feeds;
        this.scheduler = scheduler;
        this.properties = properties;
        this.deviceId = properties.deviceId();
    }

    /** The id this board reports under. */
    public String deviceId() {
        return deviceId;
    }

    @Override
    public void start() {
        for (String hall : feeds.halls()) {
            feeds.feed(hall).ifPresent(feed -> registrations.add(feed.addListener(this::changed)));
        }
        beat = scheduler.scheduleAtFixedRate(this::reportAll, properties.heartbeat());
    }

    private void changed(BoardState state) {
        FeedStatus before = reported.get(state.hall());
        if (before != null && sameReport(before, state.status())) {
            return;
        }
        scheduler.schedule(() -> report(state.hall()), scheduler.getClock().instant());
    }

    private void reportAll() {
        feeds.halls().forEach(this::report);
    }

    private void report(String hall) {
        FeedStatus status = feeds.feed(hall).map(feed -> feed.state().status()).orElse(FeedStatus.CONNECTING);
        DeviceReport report = status == FeedStatus.LOST
                ? new DeviceReport("BOARD", DeviceState.DEGRADED, "event stream lost: the screens may be out of date")
                : new DeviceReport("BOARD", DeviceState.READY, null);
        try {
            clients.api(hall).reportDevice(hall, deviceId, report);
            reported.put(hall, status);
            refusalLogged.remove(hall);
        } catch (QueueUnavailableException unreachable) {
            log.debug("Board {} could not report to hall {}: {}", deviceId, hall, unreachable.getMessage());
        } catch (QueueApiException refused) {
            if (refusalLogged.putIfAbsent(hall, true) == null) {
                boolean token = refused.status() == 401 || refused.status() == 403;
                log.warn("queue-service refused the report of board {} for hall {}: {}{}", deviceId, hall,
                        refused.getMessage(), token ? " (is openhall.board.hall-tokens." + hall
                                + " or else openhall.queue.token a board token of this hall?)" : "");
            }
        }
    }

    private static boolean sameReport(FeedStatus a, FeedStatus b) {
        return (a == FeedStatus.LOST) == (b == FeedStatus.LOST);
    }

    @Override
    public void stop() {
        close();
    }

    @Override
    public boolean isRunning() {
        return beat != null;
    }

    @Override
    public void close() {
        ScheduledFuture<?> current = beat;
        if (current != null) {
            current.cancel(false);
            beat = null;
        }
        registrations.forEach(HallFeed.Registration::remove);
        registrations.clear();
    }
}
