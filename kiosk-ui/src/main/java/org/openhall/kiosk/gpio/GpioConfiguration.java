package org.openhall.kiosk.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kiosk's pins on the platform named by {@code openhall.kiosk.gpio.platform}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GpioProperties.class)
class GpioConfiguration {

    /** A Pi4J context with only the mock platform: what the kiosk runs on off a Raspberry Pi. */
    static Context mockContext() {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    @Bean(destroyMethod = "close")
    Pi4jKioskGpio kioskGpio(GpioProperties properties, Clock clock) {
        Context context = switch (properties.platform()) {
            case MOCK -> mockContext();
            // the Pi's providers come from Pi4J plugins on the class path (gpiod or linuxfs)
            case RASPBERRYPI -> Pi4J.newAutoContext();
        };
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("kiosk-gpio").factory());
        return new Pi4jKioskGpio(context, properties, clock, scheduler) {
            @Override
            public void close() {
                super.close();
                scheduler.shutdownNow();
            }
        };
    }
}
