package org.openhall.queue.seed;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * @param seed        seed the demo hall when the database has no hall at all
 * @param alwaysOpen  let the demo hall issue tickets at any hour (its opening hours are still shown)
 * @param openWindows open the demo hall's windows 1–6 at start with their demo clerks seated, so they can call
 *                    at once
 * @param qrDir       where the printable QR codes of the demo pre-applications and appointments are
 *                    written at start ({@code index.html} and one PNG each)
 * @param historyDays how many past working days (Monday to Friday, not holidays) of traffic the demo hall
 *                    is seeded with, so that reports, follow-ups and wait estimates have a past; 0 for none.
 *                    Played once, when the demo hall is seeded into an empty database
 * @param historySeed the seed of that traffic: the same seed plays the same visitors
 */
@Validated
@ConfigurationProperties("openhall.demo")
public record DemoHallProperties(@DefaultValue("true") boolean seed, @DefaultValue("true") boolean alwaysOpen,
        @DefaultValue("true") boolean openWindows, @DefaultValue("./data/demo-qr") Path qrDir,
        @DefaultValue("" + HISTORY_DAYS) @Min(0) @Max(20) int historyDays, @DefaultValue("2001") long historySeed) {

    /** Two weeks of working days. */
    static final int HISTORY_DAYS = 10;

    /** Whether a newly seeded demo hall gets a past, which needs the service's clock to be a {@link HistoryClock}. */
    public boolean playsHistory() {
        return seed && historyDays > 0;
    }
}
