package org.openhall.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowView;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Call-to-screen latency with many hall boards open: N hall-board pages (default 100) in headless
 * Chromium windows, each recording with a MutationObserver and {@code Date.now()} when a called number
 * appears; calls made through the API at a steady rate; latency from the API's answer to each page's
 * update, over all pages. Prints display-board's heap and RSS with the screens open. Pages are spread
 * over a few browsers, each page in its own window so that none is a throttled background tab, a few
 * renderer processes per browser.
 *
 * <p>On one two-core machine a hundred boards' own drawing (the scrolling notice, the highlight) would
 * measure the browsers rather than the push: the benchmark's pages have CSS animations and transitions
 * switched off. Pages stop being opened while the machine has less than {@code openhall.bench.min-free-mb}
 * (default 4000) MB available, and the count reached is printed.
 *
 * <p>Arguments: pages (default 100), calls (default 50), milliseconds between calls (default 500),
 * pages per browser (default 25).
 */
public final class BoardLatencyBenchmark {

    private static final long MIN_FREE_MB = Long.getLong("openhall.bench.min-free-mb", 4000);

    /** Stops what would make a hundred pages draw all the time; the DOM updates stay the same. */
    private static final String STILL = """
            const style = document.createElement('style');
            style.textContent = '*, *::before, *::after { animation: none !important; transition: none !important; }';
            document.head.appendChild(style);
            """;

    private BoardLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long intervalMs = args.length > 2 ? Long.parseLong(args[2]) : 500;
        int perBrowser = args.length > 3 ? Integer.parseInt(args[3]) : 25;

        try (HallProcesses hall = new HallProcesses().start();
                HttpQueueClient api = new HttpQueueClient(QueueClientSettings.of(hall.queueUrl()))) {
            System.out.printf("display-board before: %s; machine: %s%n", boardMemory(hall), machineMemory());

            List<ChromeDriver> browsers = new ArrayList<>();
            Map<ChromeDriver, List<String>> windows = new LinkedHashMap<>();
            int opened = 0;
            long openStart = System.nanoTime();
            try {
                while (opened < pages) {
                    ChromeDriver browser;
                    try {
                        browser = Browser.open("zh-CN", 640, 360, "--disable-background-timer-throttling",
                                "--disable-backgrounding-occluded-windows", "--disable-renderer-backgrounding",
                                "--renderer-process-limit=5",
                                "--disable-features=IntensiveWakeUpThrottling,CalculateNativeWinOcclusion");
                    } catch (RuntimeException e) {
                        System.out.printf("Could not start another browser after %d pages: %s%n", opened, e.getMessage());
                        break;
                    }
                    browsers.add(browser);
                    List<String> handles = new ArrayList<>();
                    windows.put(browser, handles);
                    for (int i = 0; i < perBrowser && opened < pages; i++) {
                        if (availableMb() < MIN_FREE_MB) {
                            System.out.printf("Stopped at %d pages: the machine has %d MB available, less than %d MB%n",
                                    opened, availableMb(), MIN_FREE_MB);
                            pages = opened;
                            break;
                        }
                        try {
                            if (i > 0) {
                                browser.switchTo().newWindow(WindowType.WINDOW);
                            }
                            openBoard(browser, hall);
                            handles.add(browser.getWindowHandle());
                            opened++;
                        } catch (RuntimeException e) {
                            System.out.printf("Could not open page %d: %s%n", opened + 1, e.getMessage());
                            pages = opened;
                            break;
                        }
                    }
                    if (opened % 25 == 0 || opened == pages) {
                        System.out.printf("  %d board pages open (%.0f s); machine: %s%n", opened,
                                (System.nanoTime() - openStart) / 1e9, machineMemory());
                    }
                }
                System.out.printf("%d hall-board pages open in %d browsers; display-board: %s; machine: %s%n", opened,
                        browsers.size(), boardMemory(hall), machineMemory());

                Map<String, Long> answeredAt = callSteadily(api, calls, intervalMs);

                // Give the last call time to arrive everywhere, then read every page's record.
                String last = answeredAt.keySet().stream().reduce((a, b) -> b).orElseThrow();
                for (var entry : windows.entrySet()) {
                    ChromeDriver browser = entry.getKey();
                    for (String handle : entry.getValue()) {
                        browser.switchTo().window(handle);
                        try {
                            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                                    .until(() -> BoardPage.firstSeen(browser, last) != null);
                        } catch (org.awaitility.core.ConditionTimeoutException e) {
                            System.out.println("  a page did not show the last call within 60 s; counted as missing");
                        }
                    }
                }
                List<Long> latencies = new ArrayList<>();
                int missing = 0;
                for (var entry : windows.entrySet()) {
                    ChromeDriver browser = entry.getKey();
                    for (String handle : entry.getValue()) {
                        browser.switchTo().window(handle);
                        for (var call : answeredAt.entrySet()) {
                            Long seen = BoardPage.firstSeen(browser, call.getKey());
                            if (seen == null) {
                                missing++;
                            } else {
                                latencies.add(seen - call.getValue());
                            }
                        }
                    }
                }
                System.out.printf("Call (API answer) → number shown, %d calls every %d ms, over %d pages:%n", calls,
                        intervalMs, opened);
                System.out.println("  " + Percentiles.of(latencies).format("ms") + "  missing " + missing);
                System.out.printf("display-board with %d screens open, after the calls: %s; machine: %s%n", opened,
                        boardMemory(hall), machineMemory());
            } finally {
                for (ChromeDriver browser : browsers) {
                    try {
                        browser.quit();
                    } catch (RuntimeException e) {
                        System.out.println("Could not quit a browser: " + e.getMessage());
                    }
                }
            }
        }
    }

    private static void openBoard(ChromeDriver browser, HallProcesses hall) {
        // Only one window of a browser has the focus; the others must still run as if on their own screen.
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        browser.executeCdpCommand("Page.enable", Map.of());
        browser.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "active"));
        browser.get(hall.boardUrl() + "/");
        await("board loaded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".current-calls")).getText(), t -> !t.contains("正在载入"));
        browser.executeScript(STILL);
        browser.executeScript(BoardPage.OBSERVER);
    }

    /**
     * Issues {@code calls} walk-in tickets, then calls them at windows 1 and 2 in turn, one every
     * {@code intervalMs}; before a window calls again its previous ticket is started and completed.
     *
     * @return each called number with {@code System.currentTimeMillis()} when the API answered the call
     */
    private static Map<String, Long> callSteadily(HttpQueueClient api, int calls, long intervalMs) {
        List<TicketView> tickets = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            tickets.add(api.issueTicket("demo", IssueTicketRequest.walkIn("company-registration"), UUID.randomUUID().toString()));
        }
        long[] windowIds = api.windows("demo").stream().filter(w -> w.number() == 1 || w.number() == 2)
                .mapToLong(WindowView::id).toArray();
        String[] heldBy = new String[windowIds.length];
        Map<String, Long> answeredAt = new LinkedHashMap<>();
        long next = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            int w = i % windowIds.length;
            if (heldBy[w] != null) {
                api.start(heldBy[w]);
                api.complete(heldBy[w]);
            }
            // Steady pacing: the next call is due intervalMs after the previous one was due.
            next += TimeUnit.MILLISECONDS.toNanos(intervalMs);
            LockSupport.parkNanos(next - System.nanoTime());
            TicketView called = api.call(windowIds[w], new CallTicketRequest(tickets.get(i).id()));
            answeredAt.put(called.number(), System.currentTimeMillis());
            heldBy[w] = called.id();
        }
        return answeredAt;
    }

    /** display-board's heap (from its Prometheus endpoint) and resident memory (from /proc). */
    static String boardMemory(HallProcesses hall) {
        String heap = "?";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(hall.boardUrl() + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            double used = response.body().lines()
                    .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            heap = "%.0f MB".formatted(used / 1024 / 1024);
        } catch (IOException | RuntimeException e) {
            heap = "? (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "heap used " + heap + ", RSS " + procStatus(hall.boardPid(), "VmRSS");
    }

    private static String procStatus(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> "%d MB".formatted(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long availableMb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemAvailable:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Memory available on the machine, as {@code free -m} reports it. */
    static String machineMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemAvailable:"))
                    .map(l -> "%d MB available".formatted(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
