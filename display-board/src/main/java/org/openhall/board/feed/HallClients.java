package org.openhall.board.feed;

import org.openhall.client.HallEventStream;
import org.openhall.client.QueueApi;

/**
 * How this instance reaches queue-service about one hall. A board's device token is valid for one
 * hall only, so every call about a hall (its snapshot, events, statistics, device reports, and the
 * hall list read for it) goes through that hall's clients, which send that hall's token.
 */
public interface HallClients {

    /** The API client whose calls carry the hall's token. */
    QueueApi api(String hall);

    /** The event stream whose subscriptions carry the hall's token. */
    HallEventStream events(String hall);

    /** The same two clients for every hall: one token for all, or fakes in tests. */
    static HallClients sharing(QueueApi api, HallEventStream events) {
        return new HallClients() {

            @Override
            public QueueApi api(String hall) {
                return api;
            }

            @Override
            public HallEventStream events(String hall) {
                return events;
            }
        };
    }
}
