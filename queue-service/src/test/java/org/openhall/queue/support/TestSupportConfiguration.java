package org.openhall.queue.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    TestHalls testHalls(org.openhall.queue.hall.HallCatalog catalog, org.openhall.queue.window.WindowDesk windows) {
        return new TestHalls(catalog, windows);
    }
}
