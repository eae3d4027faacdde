package org.openhall.kiosk.ticket;

import java.util.concurrent.Executors;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.gpio.KioskGpio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the physical ticket button to ticket issuing. */
@Configuration(proxyBeanMethods = false)
class ButtonTicketsConfiguration {

    /**
     * @param service the service a button press takes a ticket for ({@code openhall.kiosk.button-service},
     *                default the demo hall's general enquiry)
     */
    @Bean(destroyMethod = "close")
    ButtonTickets buttonTickets(KioskGpio gpio, TicketTaking taking, KioskProperties properties,
            @Value("${openhall.kiosk.button-service:enquiry}") String service) {
        return new ButtonTickets(gpio, taking::takeNow, service, properties.kiosk().defaultLanguage(),
                Executors.newVirtualThreadPerTaskExecutor()).start();
    }
}
