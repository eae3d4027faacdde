package org.openhall.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How long a visitor waits on the kiosk: from the tap on a service tile to the printed ticket's image
 * (the simulated printer's slip) shown and loaded, in headless Chromium against the three apps
 * started from their jars. Both ends are taken in the page ({@code performance.now()} in a
 * capture-phase click listener, and when the slip image has loaded), so the driver's own overhead is
 * not counted. Each run goes Done → home → take a ticket → tile, as visitors do, in one page.
 *
 * <p>Arguments: measured runs (default 30), warm-up runs (default 5).
 */
public final class TapToTicketBenchmark {

    private static final String INSTRUMENT = """
            if (!window.__tap) {
              window.__tap = { click: null, shown: null };
              document.addEventListener('click', e => {
                if (e.target.closest && e.target.closest('.kiosk-tile')) {
                  window.__tap.click = performance.now(); window.__tap.shown = null;
                }
              }, true);
              const mark = () => { if (window.__tap.click !== null && window.__tap.shown === null) window.__tap.shown = performance.now(); };
              new MutationObserver(() => {
                const img = document.getElementById('slip-image');
                if (img && !img.__timed && window.__tap.click !== null) {
                  img.__timed = true;
                  if (img.complete && img.naturalWidth > 0) mark(); else img.addEventListener('load', mark, { once: true });
                }
              }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['id', 'src'] });
            }
            """;

    private TapToTicketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Duration step = Duration.ofSeconds(30);
        try (HallProcesses hall = new HallProcesses().start()) {
            ChromeDriver kiosk = Browser.open("zh-CN", 1920, 1080);
            try {
                kiosk.get(hall.kioskUrl() + "/");
                await().atMost(step).ignoreExceptions().until(() -> kiosk.findElement(By.id("take-ticket")), WebElement::isDisplayed);
                kiosk.executeScript(INSTRUMENT);
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < warmUp + runs; i++) {
                    // From home: "take a ticket", then the tile is the tap that counts.
                    WebElement take = await().atMost(step).ignoreExceptions()
                            .until(() -> kiosk.findElement(By.id("take-ticket")), WebElement::isDisplayed);
                    take.click();
                    WebElement tile = await().atMost(step).ignoreExceptions()
                            .until(() -> kiosk.findElement(By.id("service-company-registration")), WebElement::isDisplayed);
                    tile.click();
                    Double elapsed = await("slip shown").atMost(step).pollInterval(Duration.ofMillis(10))
                            .until(() -> elapsed(kiosk), e -> e != null);
                    if (i >= warmUp) {
                        millis.add(elapsed);
                    }
                    await().atMost(step).ignoreExceptions().until(() -> kiosk.findElement(By.id("ticket-done")), WebElement::isDisplayed)
                            .click();
                }
                System.out.println("Kiosk tap on a service tile → printed ticket image shown (simulated printer), "
                        + warmUp + " warm-up runs:");
                System.out.println("  " + Percentiles.of(millis).format("ms"));
            } finally {
                kiosk.quit();
            }
        }
    }

    private static Double elapsed(ChromeDriver kiosk) {
        Object value = kiosk.executeScript(
                "const t = window.__tap; return t && t.shown !== null && t.click !== null ? t.shown - t.click : null;");
        return value == null ? null : ((Number) value).doubleValue();
    }
}
