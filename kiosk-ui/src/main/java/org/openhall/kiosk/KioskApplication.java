package org.openhall.kiosk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The kiosk app: one per touchscreen, serving the kiosk's own Chromium on port 8081. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
