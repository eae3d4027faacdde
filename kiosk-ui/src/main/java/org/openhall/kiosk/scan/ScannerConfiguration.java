package org.openhall.kiosk.scan;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The code readers: the camera always, a serial scanner when {@code openhall.kiosk.scanner.serial-port} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScannerProperties.class)
class ScannerConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "openhall.kiosk.scanner", name = "serial-port")
    SerialScanner serialScanner(ScannerProperties properties, CodeScans scans) {
        return new SerialScanner(java.util.Objects.requireNonNull(properties.serialPort()), properties.serialBaud(),
                scans);
    }
}
