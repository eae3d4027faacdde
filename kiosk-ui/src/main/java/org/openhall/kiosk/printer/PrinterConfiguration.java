package org.openhall.kiosk.printer;

import org.openhall.kiosk.KioskProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the ticket printer named by {@code openhall.kiosk.printer}. */
@Configuration(proxyBeanMethods = false)
class PrinterConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "openhall.kiosk", name = "printer", havingValue = "simulated", matchIfMissing = true)
    TicketPrinter simulatedTicketPrinter(TicketRenderer renderer, KioskProperties properties) {
        return new SimulatedTicketPrinter(renderer, properties.kiosk().printedDir());
    }
}
