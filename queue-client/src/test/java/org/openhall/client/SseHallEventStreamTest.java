package org.openhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.openhall.client.Fixtures.event;
import static org.openhall.client.FakeQueueService.openEventStream;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.HallEventStream.Subscription;
import org.openhall.client.SseHallEventStream.HallSubscription;
import org.openhall.client.api.HallEvent;

class SseHallEventStreamTest {

    private static final String EVENTS = "/api/halls/demo/events";
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private FakeQueueService service;
    private SseHallEventStream stream;
    private final RecordingListener listener = new RecordingListener();
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        service = new FakeQueueService();
        stream = new SseHallEventStream(service.settings().withBearerToken("board-1"), Duration.ofMillis(10),
                Duration.ofMillis(50));
    }

    @AfterEach
    void stop() {
        stream.close();
        service.close();
    }

    @Test
    void deliversTheWholeLogInOrderWhenStartingFromZero() {
        service.on("GET", EVENTS, (request, exchange) -> {
            try (var events = openEventStream(exchange)) {
                events.send(event(1), event(2), event(3));
                service.hold();
            }
        });

        Subscription subscription = stream.subscribe("demo", 0, listener);

        await().untilAsserted(() -> assertThat(listener.events).containsExactly(event(1), event(2), event(3)));
        assertThat(listener.connections).hasValue(1);
        assertThat(listener.disconnections).isEmpty();
        assertThat(subscription.isConnected()).isTrue();
        assertThat(subscription.lastEventId()).isEqualTo(3);
        FakeQueueService.Request request = service.lastRequest();
        assertThat(request.header("Accept")).isEqualTo("text/event-stream");
        assertThat(request.header("Authorization")).isEqualTo("Bearer board-1");
        assertThat(request.header("Last-Event-ID")).isEqualTo("0");
    }

    @Test
    void readsMultiLineDataAndSkipsCommentsOnTheWire() {
        service.on("GET", EVENTS, (request, exchange) -> {
            try (var events = openEventStream(exchange)) {
                events.write(": connected to demo\nretry: 1000\n\n");
                events.write(multiLine(event(1)));
                events.write(": keep-alive\n\n");
                events.write(multiLine(event(2)).replace("\n", "\r\n"));
                service.hold();
            }
        });

        stream.subscribe("demo", 0, listener);

        await().untilAsserted(() -> assertThat(listener.events).containsExactly(event(1), event(2)));
    }

    @Test
    void asksForTheEventsAfterTheGivenIdAndSkipsOlderOnes() {
        service.on("GET", EVENTS, (request, exchange) -> {
            try (var events = openEventStream(exchange)) {
                events.send(event(40), event(41), event(42));
                service.hold();
            }
        });

        stream.subscribe("demo", 41, listener);

        await().untilAsserted(() -> assertThat(listener.ids()).containsExactly(42L));
        assertThat(service.lastRequest().header("Last-Event-ID")).isEqualTo("41");
    }

    @Test
    void resumesWithLastEventIdAfterTheServerDropsTheStream() {
        List<String> resumedAfter = new CopyOnWriteArrayList<>();
        service.on("GET", EVENTS, (request, exchange) -> {
            try (var events = openEventStream(exchange)) {
                if (connections.incrementAndGet() == 1) {
                    events.send(event(1), event(2), event(3));
                    events.write("id: 4\nevent: ticket-issued\ndata: {\"id\":4,"); // dropped mid-event
                    return;
                }
                resumedAfter.add(request.header("Last-Event-ID"));
                events.send(event(2), event(3), event(4), event(5)); // resends from an earlier id
                service.hold();
            }
        });

        Subscription subscription = stream.subscribe("demo", 0, listener);

        await().untilAsserted(() -> assertThat(listener.ids()).containsExactly(1L, 2L, 3L, 4L, 5L));
        assertThat(resumedAfter).containsExactly("3");
        assertThat(listener.events).containsExactly(event(1), event(2), event(3), event(4), event(5));
        assertThat(listener.connections).hasValue(2);
        assertThat(listener.disconnections).singleElement().isInstanceOf(EOFException.class);
        assertThat(subscription.lastEventId()).isEqualTo(5);
    }

    @Test
    void keepsRetryingWhileTheServiceRefusesAndSaysWhyOnce() {
        service.on("GET", EVENTS, (request, exchange) -> {
            if (connections.incrementAndGet() <= 3) {
                FakeQueueService.send(exchange, 503, "application/problem+json", """
                        {"type":"https://openhall.org/problems/starting","title":"Starting","status":503}""");
                return;
            }
            try (var events = openEventStream(exchange)) {
                events.send(event(1));
                service.hold();
            }
        });

        stream.subscribe("demo", 0, listener);

        await().untilAsserted(() -> assertThat(listener.ids()).containsExactly(1L));
        assertThat(connections).hasValue(4);
        assertThat(listener.connections).hasValue(1);
        assertThat(listener.disconnections).singleElement().isInstanceOfSatisfying(QueueApiException.class,
                refused -> {
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.code()).isEqualTo("starting");
                });
    }

    @Test
    void keepsStreamingWhenTheListenerThrows() {
        service.on("GET", EVENTS, (request, exchange) -> {
            connections.incrementAndGet();
            try (var events = openEventStream(exchange)) {
                events.send(event(1), event(2), event(3));
                service.hold();
            }
        });
        List<Long> seen = new CopyOnWriteArrayList<>();

        stream.subscribe("demo", 0, event -> {
            seen.add(event.id());
            if (event.id() == 2) {
                throw new IllegalStateException("a board bug");
            }
        });

        await().untilAsserted(() -> assertThat(seen).containsExactly(1L, 2L, 3L));
        assertThat(connections).hasValue(1);
    }

    @Test
    void closeStopsAnOpenStreamAndNeverReconnects() {
        service.on("GET", EVENTS, (request, exchange) -> {
            connections.incrementAndGet();
            try (var events = openEventStream(exchange)) {
                events.send(event(1));
                service.hold();
            }
        });
        Subscription subscription = stream.subscribe("demo", 0, listener);
        await().until(() -> listener.events.size() == 1);

        subscription.close();

        assertThat(((HallSubscription) subscription).awaitStopped(QUICKLY)).isTrue();
        assertThat(subscription.isConnected()).isFalse();
        await().during(Duration.ofMillis(300)).until(() -> connections.get() == 1);
        assertThat(listener.disconnections).isEmpty();
    }

    @Test
    void closeStopsPromptlyWhileWaitingToReconnect() throws IOException {
        service.on("GET", EVENTS, (request, exchange) -> {
            connections.incrementAndGet();
            openEventStream(exchange).close();
        });
        try (var patient = new SseHallEventStream(service.settings(), Duration.ofMinutes(1), Duration.ofMinutes(5))) {
            Subscription subscription = patient.subscribe("demo", 0, listener);
            await().until(() -> listener.disconnections.size() == 1);

            subscription.close();

            assertThat(((HallSubscription) subscription).awaitStopped(QUICKLY)).isTrue();
            assertThat(connections).hasValue(1);
        }
    }

    @Test
    void closingTheStreamClosesItsSubscriptions() {
        service.on("GET", EVENTS, (request, exchange) -> {
            connections.incrementAndGet();
            try (var events = openEventStream(exchange)) {
                service.hold();
            }
        });
        Subscription subscription = stream.subscribe("demo", 0, listener);
        await().until(subscription::isConnected);

        stream.close();

        assertThat(((HallSubscription) subscription).awaitStopped(QUICKLY)).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> stream.subscribe("demo", 0, listener));
        await().during(Duration.ofMillis(300)).until(() -> connections.get() == 1);
    }

    /** The event as a server that pretty-prints its JSON would send it: data over several lines. */
    private static String multiLine(HallEvent event) {
        String json = Fixtures.SERVER_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event);
        assertThat(json.lines()).hasSizeGreaterThan(3);
        return "id: " + event.id() + "\nevent: " + event.type() + "\n"
                + json.lines().map(line -> "data: " + line + "\n").reduce("", String::concat) + "\n";
    }
}
