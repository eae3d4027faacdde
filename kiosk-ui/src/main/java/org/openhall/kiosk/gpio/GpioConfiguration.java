package org.openhall.kiosk.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalInputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kiosk's pins on the platform named by {@code openhall.kiosk.gpio.platform}: a Pi4J context
 * holding exactly that platform's digital input and output providers (no auto-detection, so the
 * provider that drives the pins is the one configured). When the pins cannot be opened (no GPIO chip,
 * no permission, not a Raspberry Pi) the kiosk starts without them rather than not at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GpioProperties.class)
class GpioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GpioConfiguration.class);

    /** A Pi4J context with only the mock platform: what the kiosk runs on off a Raspberry Pi. */
    static Context mockContext() {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    /** A Pi4J context whose digital inputs and outputs are driven by {@code platform}'s providers only. */
    static Context context(GpioProperties.Platform platform, @Nullable String chip) {
        return switch (platform) {
            case MOCK -> mockContext();
            case GPIOD -> {
                var builder = Pi4J.newContextBuilder()
                        .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance());
                if (chip != null && !chip.isBlank()) {
                    builder.setGpioChipName(chip.strip());
                }
                yield builder.build();
            }
            case LINUXFS -> Pi4J.newContextBuilder()
                    .add(LinuxFsDigitalInputProvider.newInstance(), LinuxFsDigitalOutputProvider.newInstance())
                    .build();
        };
    }

    @Bean
    KioskGpio kioskGpio(GpioProperties properties, Clock clock) {
        return open(properties, clock);
    }

    /**
     * The pins on the configured platform, or {@link DisabledKioskGpio} saying why they could not be
     * opened. Never throws for a platform problem.
     */
    static KioskGpio open(GpioProperties properties, Clock clock) {
        var platform = properties.platform();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("kiosk-gpio").factory());
        Context context = null;
        try {
            context = context(platform, properties.chip());
            return new Pi4jKioskGpio(context, properties, clock, scheduler) {
                @Override
                public void close() {
                    super.close();
                    scheduler.shutdownNow();
                }
            };
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a native library that does not load on this machine (gpiod off a Pi)
            String fault = platform.name().toLowerCase(java.util.Locale.ROOT) + " could not open the pins ("
                    + rootMessage(e) + "); ticket button, status LED, paper sensor and buzzer are off";
            log.error("GPIO disabled: {}. Set openhall.kiosk.gpio.platform=mock off a Raspberry Pi.", fault, e);
            scheduler.shutdownNow();
            if (context != null) {
                shutDownQuietly(context);
            }
            return new DisabledKioskGpio(fault);
        }
    }

    private static void shutDownQuietly(Context context) {
        try {
            context.shutdown();
        } catch (RuntimeException e) {
            log.debug("Pi4J context did not shut down cleanly", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
