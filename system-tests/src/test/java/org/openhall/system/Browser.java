package org.openhall.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium driven through its chromedriver; nothing is downloaded. */
final class Browser {

    private Browser() {
    }

    static ChromeDriver open(String language, int width, int height) {
        return open(language, width, height, new String[0]);
    }

    /**
     * A browser started with {@code extraArguments} besides the usual ones, e.g. a fake camera:
     * {@code --use-fake-device-for-media-stream --use-fake-ui-for-media-stream
     * --use-file-for-fake-video-capture=FILE.y4m}.
     */
    static ChromeDriver open(String language, int width, int height, String... extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("openhall.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=" + language,
                "--autoplay-policy=no-user-gesture-required");
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("openhall.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The Chromium arguments that make {@code y4m} the camera, with access allowed without asking. */
    static String[] fakeCamera(Path y4m) {
        return new String[] {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + y4m.toAbsolutePath()};
    }

    /**
     * Shown and not disabled. WebDriver's {@code isEnabled()} is always true for a custom element such
     * as {@code <vaadin-button>}: Vaadin marks a disabled one with the {@code disabled} attribute.
     */
    static boolean usable(WebElement element) {
        return element.isDisplayed() && element.getDomAttribute("disabled") == null;
    }

    /** Saves what the page shows now under {@code target/screenshots/}. */
    static void screenshot(ChromeDriver driver, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
