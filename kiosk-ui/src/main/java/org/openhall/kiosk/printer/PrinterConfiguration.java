package org.openhall.kiosk.printer;

import org.openhall.kiosk.KioskProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the ticket printer named by {@code openhall.kiosk.printer}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrinterProperties.class)
class PrinterConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "openhall.kiosk", name = "printer", havingValue = "simulated", matchIfMissing = true)
    TicketPrinter simulatedTicketPrinter(EscPosTicket slips, KioskProperties properties) {
        return new SimulatedTicketPrinter(slips, properties.kiosk().printedDir());
    }

    @Bean
    @ConditionalOnProperty(prefix = "openhall.kiosk", name = "printer", havingValue = "escpos")
    TicketPrinter escPosTicketPrinter(EscPosTicket slips, PrinterProperties properties) {
        if (properties.printerPort() == null || properties.printerPort().isBlank()) {
            throw new IllegalStateException(
                    "openhall.kiosk.printer=escpos needs openhall.kiosk.printer-port (file:, tcp:// or serial:)");
        }
        return new EscPosTicketPrinter(slips, PrinterPort.of(properties.printerPort(), properties.printerTimeout()),
                properties.printerTimeout());
    }
}
