package org.openhall.queue.seed;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seed        seed the demo hall when the database has no hall at all
 * @param alwaysOpen  let the demo hall issue tickets at any hour (its opening hours are still shown)
 * @param openWindows open the demo hall's windows 1–6 at start with their demo clerks seated, so they can call
 *                    at once
 * @param qrDir       where the printable QR codes of the demo pre-applications and appointments are
 *                    written at start ({@code index.html} and one PNG each)
 */
@ConfigurationProperties("openhall.demo")
public record DemoHallProperties(@DefaultValue("true") boolean seed, @DefaultValue("true") boolean alwaysOpen,
        @DefaultValue("true") boolean openWindows, @DefaultValue("./data/demo-qr") Path qrDir) {
}
