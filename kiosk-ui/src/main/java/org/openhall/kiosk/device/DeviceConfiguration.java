package org.openhall.kiosk.device;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openhall.client.QueueApi;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.gpio.KioskGpio;
import org.openhall.kiosk.printer.TicketPrinter;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.SerialScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kiosk's status, its actuator health, a background probe of queue-service every
 * {@code openhall.kiosk.health.probe-interval} (first after one interval, so that start-up and tests
 * are not raced by it), and its reports to queue-service every {@code openhall.kiosk.heartbeat}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeviceReportProperties.class)
class DeviceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeviceConfiguration.class);

    @Bean
    DeviceReporting deviceReporting(QueueApi queue, KioskDeviceStatus devices, KioskProperties kiosk,
            DeviceReportProperties properties) {
        String id = properties.id();
        if (id == null || id.isBlank()) {
            id = DeviceReporting.defaultId(DeviceReporting.hostName());
            log.info("openhall.kiosk.id is not set: this kiosk reports as {}", id);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("kiosk-report").factory());
        return new DeviceReporting(queue, devices, kiosk.hall(), id, properties.heartbeat(),
                properties.heartbeatInitialDelay(), scheduler) {
            @Override
            public void stop() {
                super.stop();
                scheduler.shutdownNow();
            }
        };
    }

    @Bean
    KioskDeviceStatus kioskDeviceStatus(QueueApi queue, TicketPrinter printer, KioskGpio gpio,
            ObjectProvider<SerialScanner> serialScanner, CameraScanner camera, KioskProperties properties,
            Clock clock, @Value("${openhall.kiosk.health.min-probe-interval:5s}") Duration minProbeInterval) {
        return new KioskDeviceStatus(queue, printer, gpio, serialScanner.getIfAvailable(), camera, properties.hall(),
                clock, minProbeInterval);
    }

    @Bean("kiosk")
    KioskHealth kioskHealth(KioskDeviceStatus devices) {
        return new KioskHealth(devices);
    }

    @Bean
    SmartLifecycle kioskHealthProbe(KioskDeviceStatus devices,
            @Value("${openhall.kiosk.health.probe-interval:30s}") Duration interval) {
        return new SmartLifecycle() {
            private volatile ScheduledExecutorService scheduler;

            @Override
            public void start() {
                scheduler = Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().daemon().name("kiosk-health").factory());
                scheduler.scheduleWithFixedDelay(devices::refresh, interval.toMillis(), interval.toMillis(),
                        TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                if (scheduler != null) {
                    scheduler.shutdownNow();
                    scheduler = null;
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }
        };
    }
}
