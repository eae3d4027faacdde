package org.openhall.board;

import java.time.ZoneOffset;
import org.openhall.board.feed.HallClients;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces queue-service with in-memory fakes and the system clock with one the test moves. The real
 * HTTP path is tested end to end elsewhere.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeQueueConfiguration {

    @Bean
    @Primary
    FakeQueueApi fakeQueueApi() {
        var api = new FakeQueueApi();
        api.serve(Tickets.emptySnapshot("demo"));
        return api;
    }

    @Bean
    @Primary
    FakeHallEventStream fakeHallEventStream() {
        return new FakeHallEventStream();
    }

    /** Every hall reaches the same fakes. */
    @Bean
    @Primary
    HallClients fakeHallClients(FakeQueueApi api, FakeHallEventStream stream) {
        return HallClients.sharing(api, stream);
    }

    /** UTC, so that a board showing the hall's own zone (Shanghai) is told apart from one showing the clock's. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Tickets.NINE_AM, ZoneOffset.UTC);
    }
}
