package org.openhall.kiosk;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.openhall.kiosk.printer.SimulatedTicketPrinter;
import org.openhall.kiosk.printer.TicketRenderer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The kiosk's edges replaced for tests: queue-service in memory, a still clock, a manual heartbeat. */
@TestConfiguration(proxyBeanMethods = false)
public class KioskTestConfiguration {

    /** Wednesday 26 November 2025, 10:15 in Shanghai: inside opening hours. */
    public static final Instant START = Instant.parse("2025-11-26T02:15:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START, ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    @Primary
    FakeQueueApi fakeQueueApi(MutableClock clock) {
        return new FakeQueueApi(clock);
    }

    @Bean
    @Primary
    ManualTicker manualTicker() {
        return new ManualTicker();
    }

    @Bean
    @Primary
    SwitchablePrinter switchablePrinter(TicketRenderer renderer) {
        return new SwitchablePrinter(new SimulatedTicketPrinter(renderer, Path.of("target", "printed-test")));
    }
}
