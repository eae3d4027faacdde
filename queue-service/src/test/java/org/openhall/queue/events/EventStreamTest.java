package org.openhall.queue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openhall.client.HallEventStream;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.SseHallEventStream;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;

@QueueServiceTest
class EventStreamTest extends ApiTestBase {

    private void issue(String hall, int count) {
        for (int i = 0; i < count; i++) {
            api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
        }
    }

    /** Reads SSE events off the wire until {@code count} arrived, then drops the connection. */
    private List<long[]> readEvents(String hall, String lastEventId, int count) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/halls/" + hall + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + access.boardToken(hall));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<long[]> ids = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while (ids.size() < count && (line = reader.readLine()) != null) {
                if (line.startsWith("id:")) {
                    ids.add(new long[] {Long.parseLong(line.substring(3).strip())});
                }
            }
        }
        http.close();
        return ids;
    }

    @Test
    void aClientThatDropsAfterEventNAndResumesGetsEveryLaterEventOnceInOrder() throws Exception {
        String hall = halls.create("A");
        long window = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long start = api.snapshot(hall).lastEventId();
        issue(hall, 5);

        List<long[]> firstPart = readEvents(hall, Long.toString(start), 3);
        long n = firstPart.getLast()[0];
        assertThat(firstPart).extracting(a -> a[0]).containsExactly(start + 1, start + 2, start + 3);

        // While the client is away the hall goes on.
        issue(hall, 4);
        api.callNext(window);
        long last = api.snapshot(hall).lastEventId();

        List<long[]> rest = readEvents(hall, Long.toString(n), (int) (last - n));
        assertThat(rest).extracting(a -> a[0])
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(n + 1, last).boxed().toList());
    }

    @Test
    void theJavaSubscriberReceivesLiveEventsExactlyOnceInOrder() {
        String hall = halls.create("A");
        long start = api.snapshot(hall).lastEventId();
        List<HallEvent> received = new CopyOnWriteArrayList<>();
        HallEventStream stream = new SseHallEventStream(settings().withBearerToken(access.boardToken(hall)));
        try (HallEventStream.Subscription subscription = stream.subscribe(hall, start, received::add)) {
            await().atMost(Duration.ofSeconds(5)).until(subscription::isConnected);
            issue(hall, 10);
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 10);
        }
        assertThat(received).extracting(HallEvent::id)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(start + 1, start + 10).boxed().toList());
        assertThat(received).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(HallEvent.TICKET_ISSUED);
            assertThat(e.hall()).isEqualTo(hall);
            assertThat(e.ticket()).isNotNull();
        });
    }

    @Test
    void aMalformedLastEventIdIsRefused() throws Exception {
        String hall = halls.create("A");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/halls/" + hall + "/events"))
                .header("Last-Event-ID", "yesterday").header("Authorization", "Bearer " + access.boardToken(hall)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid-last-event-id");
    }
}
