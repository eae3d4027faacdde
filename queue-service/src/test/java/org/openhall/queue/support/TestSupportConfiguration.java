package org.openhall.queue.support;

import java.time.Clock;
import org.openhall.queue.seed.HistoryClock;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    TestClock testClock() {
        return new TestClock();
    }

    /**
     * The clock the services read: the test clock, which the demo seeder may play past days on for
     * its own thread only, as on the service's own clock when the demo hall gets a past.
     */
    @Bean
    @Primary
    Clock servicesClock(TestClock testClock) {
        return new HistoryClock(testClock);
    }

    /**
     * Tests write thousands of short transactions: let the test server flush its log once a second
     * rather than at every commit. Durability is not what these tests are about; the
     * restart tests stop the server cleanly.
     */
    @Bean
    InitializingBean relaxedFlushing(JdbcClient jdbc) {
        return () -> jdbc.sql("SET GLOBAL innodb_flush_log_at_trx_commit = 2").update();
    }

    /** Lets {@code TestSignIn} sign test threads in on this context's holder, which the application reads. */
    @Bean
    InitializingBean testSignInHolder(
            org.springframework.security.core.context.SecurityContextHolderStrategy strategy) {
        return () -> org.openhall.queue.staff.TestSignIn.use(strategy);
    }

    @Bean
    HallAccess hallAccess(org.openhall.queue.device.DeviceTokens devices, org.openhall.queue.staff.StaffDirectory staff,
            org.openhall.queue.window.WindowDesk windows, org.openhall.queue.hall.HallCatalog catalog,
            org.openhall.queue.ticket.TicketDesk tickets, JdbcClient jdbc) {
        return new HallAccess(devices, staff, windows, catalog, tickets, jdbc);
    }

    @Bean
    TestHalls testHalls(org.openhall.queue.hall.HallCatalog catalog, org.openhall.queue.window.WindowDesk windows) {
        return new TestHalls(catalog, windows);
    }
}
