package org.openhall.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BoardPropertiesTest {

    @Test
    void withoutConfigurationTheBoardShowsTheDemoHallFromLocalQueueService() {
        BoardProperties properties = bind(Map.of());

        assertThat(properties.hall()).isEqualTo("demo");
        assertThat(properties.queue().baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(properties.queue().token()).as("the demo hall's board token").isEqualTo("demo-board-token");
        assertThat(properties.tokenFor("demo")).isEqualTo("demo-board-token");
        assertThat(properties.board().largeCalls()).isEqualTo(3);
        assertThat(properties.board().notice().zh()).isNotBlank();
        assertThat(properties.board().reconnectMaxDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.servedHalls()).containsExactly("demo");
    }

    @Test
    void servesTheDefaultHallAndTheOnesListedBesideIt() {
        BoardProperties properties = bind(Map.of(
                "openhall.hall", "north",
                "openhall.board.halls", "south,east",
                "openhall.queue.base-url", "http://queue.internal:9000"));

        assertThat(properties.servedHalls()).containsExactlyInAnyOrder("north", "south", "east");
        assertThat(properties.queue().baseUrl()).hasHost("queue.internal");
    }

    @Test
    void sendsEachHallItsOwnTokenAndTheBoardsTokenForAnyOther() {
        BoardProperties properties = bind(Map.of(
                "openhall.hall", "north",
                "openhall.board.halls", "south",
                "openhall.queue.token", "board-secret",
                "openhall.board.hall-tokens.north", "north-secret",
                "openhall.board.hall-tokens.east-2", "east-secret"));

        assertThat(properties.tokenFor("north")).isEqualTo("north-secret");
        assertThat(properties.tokenFor("east-2")).isEqualTo("east-secret");
        assertThat(properties.tokenFor("south")).isEqualTo("board-secret");
        assertThat(properties.toString()).as("settings can be logged without their tokens")
                .contains("north", "east-2").doesNotContain("secret");
    }

    @Test
    void sendsNoTokenWhenTheBoardsTokenIsSetEmpty() {
        BoardProperties properties = bind(Map.of("openhall.queue.token", ""));

        assertThat(properties.tokenFor("demo")).isNullOrEmpty();
    }

    private static BoardProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("openhall", BoardProperties.class);
    }
}
