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
        assertThat(properties.queue().token()).isNull();
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

    private static BoardProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("openhall", BoardProperties.class);
    }
}
