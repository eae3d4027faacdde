package org.openhall.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhall.board.RecordingQueueService.Request;
import org.openhall.board.dashboard.StatsRefreshers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app against queue-service played over real HTTP: serving north (token of its own) and
 * south (none of its own), every call about a hall carries that hall's token, so that each hall's
 * board token, valid in that hall only, is accepted.
 */
@SpringBootTest(properties = {
        "openhall.hall=north",
        "openhall.board.halls=south",
        "openhall.queue.token=shared-token",
        "openhall.board.hall-tokens.north=north-token",
        "openhall.board.hall-tokens.east=east-token"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class HallTokensTest {

    private static final RecordingQueueService queue = start();

    @Autowired
    StatsRefreshers refreshers;

    private static RecordingQueueService start() {
        try {
            return new RecordingQueueService("north", "south", "east");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void queueService(DynamicPropertyRegistry registry) {
        registry.add("openhall.queue.base-url", queue::baseUrl);
    }

    @AfterAll
    static void stop() {
        queue.close();
    }

    @Test
    void eachHallsCallsCarryThatHallsTokenAndTheOthersTheSharedOne() {
        refreshers.refresher("north").orElseThrow().addListener(state -> { });
        refreshers.refresher("south").orElseThrow().addListener(state -> { });
        assertThat(refreshers.halls("east")).hasSize(3);
        refreshers.refresher("east").orElseThrow().addListener(state -> { });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String hall : List.of("north", "south")) {
                for (String call : List.of("GET /snapshot", "GET /events", "GET /stats", "PUT /devices/")) {
                    String[] methodAndPath = call.split(" ");
                    assertThat(requests(methodAndPath[0], "/api/halls/" + hall + methodAndPath[1]))
                            .as(hall + ": " + call).isNotEmpty();
                }
            }
            assertThat(requests("GET", "/api/halls/east/stats")).isNotEmpty();
        });

        assertThat(tokens("/api/halls/north/")).containsOnly("Bearer north-token");
        assertThat(tokens("/api/halls/south/")).containsOnly("Bearer shared-token");
        assertThat(tokens("/api/halls/east/")).containsOnly("Bearer east-token");
        assertThat(requests("GET", "/api/halls/east/snapshot")).as("east is not followed, only its statistics")
                .isEmpty();
        assertThat(requests("GET", "/api/halls")).extracting(Request::authorization)
                .as("each hall's feed and the dashboard of east read the hall list with their own token")
                .contains("Bearer north-token", "Bearer shared-token", "Bearer east-token");
    }

    private static List<Request> requests(String method, String pathPrefix) {
        return queue.requests().stream().filter(r -> r.method().equals(method))
                .filter(r -> pathPrefix.equals("/api/halls") ? r.path().equals(pathPrefix) : r.path().startsWith(pathPrefix))
                .toList();
    }

    private static List<String> tokens(String pathPrefix) {
        return queue.requests().stream().filter(r -> r.path().startsWith(pathPrefix)).map(Request::authorization)
                .map(a -> Objects.requireNonNullElse(a, "(none)")).distinct().toList();
    }
}
