package org.openhall.board;

import java.util.HashMap;
import java.util.Map;
import org.openhall.board.feed.HallClients;
import org.openhall.client.HallEventStream;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.SseHallEventStream;

/**
 * The HTTP clients to queue-service: one pair per hall configured with a token of its own
 * ({@code openhall.board.hall-tokens}), and one pair with {@code openhall.queue.token} shared by
 * every other hall. The set is fixed at start, so that no URL can make the instance open clients.
 */
final class TokenPerHallClients implements HallClients, AutoCloseable {

    private record Pair(HttpQueueClient api, SseHallEventStream events) {

        static Pair of(QueueClientSettings settings) {
            return new Pair(new HttpQueueClient(settings), new SseHallEventStream(settings));
        }

        void close() {
            events.close();
            api.close();
        }
    }

    private final Pair shared;
    private final Map<String, Pair> ownToken;

    TokenPerHallClients(BoardProperties properties) {
        BoardProperties.Queue queue = properties.queue();
        var settings = new QueueClientSettings(queue.baseUrl(), queue.connectTimeout(), queue.requestTimeout(),
                queue.token());
        this.shared = Pair.of(settings);
        var pairs = new HashMap<String, Pair>();
        for (String hall : properties.board().hallTokens().keySet()) {
            pairs.put(hall, Pair.of(settings.withBearerToken(properties.tokenFor(hall))));
        }
        this.ownToken = Map.copyOf(pairs);
    }

    @Override
    public QueueApi api(String hall) {
        return pair(hall).api();
    }

    @Override
    public HallEventStream events(String hall) {
        return pair(hall).events();
    }

    private Pair pair(String hall) {
        return ownToken.getOrDefault(hall, shared);
    }

    @Override
    public void close() {
        ownToken.values().forEach(Pair::close);
        shared.close();
    }
}
