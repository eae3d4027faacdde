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
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Call-to-screen latency with many hall boards open: N hall-board pages (default 100) in headless
 * Chromium, each recording with a MutationObserver and {@code Date.now()} when a called number
 * appears; calls made through the API at a steady rate; latency from the API's answer to each page's
 * update, over all pages. Prints display-board's heap and RSS with the screens open. Pages are spread
 * over a few browsers, with background throttling off so that no page is a throttled background tab,
 * a few renderer processes per browser.
 *
 * <p>On one two-core machine a hundred boards' own drawing (the scrolling notice, the new-call highlight)
 * would measure the browsers rather than the push. The browsers therefore ask for reduced motion
 * ({@code --force-prefers-reduced-motion}), which the board's own CSS honours by stopping both, as it
 * does for any visitor who asks for it; they also start without GPU, software rasteriser, extensions,
 * sound or throttling of unfocused windows, with small windows. Pages stop being opened while the machine
 * has less than {@code openhall.bench.min-free-mb} (default 4000) MB available, and the count reached is
 * printed.
 *
 * <p>display-board runs with speech off ({@code openhall.board.speech.enabled=false}): no page plays a
 * chime or speaks per call. Pages are tabs of one window per browser ({@code openhall.bench.tabs},
 * default true; false gives a window each), which open about four times faster. In headless Chromium
 * every tab still reports {@code visibilityState} visible, so tabs do not save drawing. For the first and
 * last page of the first browser the Chrome DevTools performance metrics over the calls are printed per
 * call, with their idle rate over 10 s before.
 *
 * <p>What one page costs per call (4 pages, speech off, unloaded) while each push still rebuilt the
 * waiting tiles: main-thread tasks 54–72 ms, of which script 29–47 ms. With that, 100 pages fell behind
 * on two cores (p50 33 s). Since the tiles' counts and estimates change in place, 100 pages (4 browsers
 * × 25 tabs, open in 72 s) on the same two-core machine, 30 calls every 2 s: p50 533 ms, p90 1.27 s, p99
 * 1.67 s, max 1.86 s, none of 3,000 missing; display-board at 29 % of one core, heap 181 MB and RSS
 * 534 MB after the calls (81 MB / 306 MB before); Chromium at 142 % of one core; load 14 before, 28
 * after. 50 pages, before the change: p50 306 ms, p99 851 ms.
 *
 * <p>Arguments: pages (default 100), calls (default 30), milliseconds between calls (default 2000),
 * pages per browser (default 25). Prints, besides the latencies, display-board's heap, RSS and CPU time
 * over the calls, and the machine's load.
 */
public final class BoardLatencyBenchmark {

    /** Each board page's window: small, as the board scales with its window; drawing less costs less. */
    private static final int WIDTH = Integer.getInteger("openhall.bench.width", 640);
    private static final int HEIGHT = Integer.getInteger("openhall.bench.height", 360);
    private static final long MIN_FREE_MB = Long.getLong("openhall.bench.min-free-mb", 4000);
    /** Pages as tabs of one window (hidden but for one, so not painted) rather than a window each. */
    private static final boolean TABS = Boolean.parseBoolean(System.getProperty("openhall.bench.tabs", "true"));
    /** The Chrome DevTools metrics whose change over the calls tells what a page spends on them. */
    private static final List<String> COSTS = List.of("TaskDuration", "ScriptDuration", "LayoutDuration",
            "RecalcStyleDuration", "LayoutCount", "RecalcStyleCount");

    /** What a board page should do with reduced motion asked for: no animation on the ticker or a fresh call. */
    private static final String MOTION = """
            const track = document.querySelector('.ticker-track');
            return 'reduced motion ' + matchMedia('(prefers-reduced-motion: reduce)').matches
                + ', ticker animation ' + (track ? getComputedStyle(track).animationName : '(no ticker)')
                + ', running animations: ' + (document.getAnimations().filter(a => a.playState === 'running')
                    .map(a => (a.animationName || a.constructor.name) + ' on ' + (a.effect && a.effect.target
                        ? a.effect.target.tagName.toLowerCase() + '.' + a.effect.target.className : '?')).join(', ') || 'none');
            """;

    /** The browsers' arguments: reduced motion, nothing throttled, as little drawing and background work as may be. */
    static final String[] CHEAP_BROWSER = {"--force-prefers-reduced-motion",
            "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
            "--disable-renderer-backgrounding", "--disable-software-rasterizer", "--disable-extensions", "--mute-audio",
            "--disable-features=IntensiveWakeUpThrottling,CalculateNativeWinOcclusion,Translate,MediaRouter,"
                    + "OptimizationHints,PaintHolding",
            "--renderer-process-limit=5"};

    private BoardLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long intervalMs = args.length > 2 ? Long.parseLong(args[2]) : 2000;
        int perBrowser = args.length > 3 ? Integer.parseInt(args[3]) : 25;

        try (HallProcesses hall = new HallProcesses().start("--openhall.board.speech.enabled=false");
                DemoAccess demo = new DemoAccess(hall.queueUrl())) {
            System.out.printf("display-board before: %s; machine: %s%n", boardMemory(hall), machineMemory());

            List<ChromeDriver> browsers = new ArrayList<>();
            Map<ChromeDriver, List<String>> windows = new LinkedHashMap<>();
            int opened = 0;
            long openStart = System.nanoTime();
            try {
                while (opened < pages) {
                    ChromeDriver browser;
                    try {
                        browser = Browser.open("zh-CN", WIDTH, HEIGHT, CHEAP_BROWSER);
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
                                browser.switchTo().newWindow(TABS ? WindowType.TAB : WindowType.WINDOW);
                            }
                            openBoard(browser, hall);
                            handles.add(browser.getWindowHandle());
                            if (opened == 0) {
                                System.out.println("  first page: " + browser.executeScript(MOTION));
                            }
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

                List<TicketView> tickets = issue(demo.kiosk(), calls);
                // What two pages of the first browser spend: its first (in tab mode hidden behind the last)
                // and its last (the one shown).
                ChromeDriver sampled = browsers.getFirst();
                List<String> sampledPages = windows.get(sampled).size() > 1
                        ? List.of(windows.get(sampled).getFirst(), windows.get(sampled).getLast())
                        : List.of(windows.get(sampled).getFirst());
                List<Map<String, Double>> idleBefore = new ArrayList<>();
                for (String handle : sampledPages) {
                    sampled.switchTo().window(handle);
                    sampled.executeCdpCommand("Performance.enable", Map.of());
                    idleBefore.add(metrics(sampled));
                }
                long idleStart = System.nanoTime();
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(10));
                List<Map<String, Double>> costBefore = new ArrayList<>();
                for (String handle : sampledPages) {
                    sampled.switchTo().window(handle);
                    costBefore.add(metrics(sampled));
                }
                double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
                long costStart = System.nanoTime();
                System.out.printf("machine load before the calls: %s%n", loadAverage());
                long cpuBefore = cpuMillis(hall.boardPid());
                long browsersBefore = chromiumCpuMillis();
                long callsStart = System.nanoTime();
                Map<String, Long> answeredAt = callSteadily(demo, tickets, intervalMs);
                double callSeconds = (System.nanoTime() - callsStart) / 1e9;
                long boardCpu = cpuMillis(hall.boardPid()) - cpuBefore;
                long browsersCpu = chromiumCpuMillis() - browsersBefore;
                String loadAfterCalls = loadAverage();

                // Give the last call time to arrive everywhere, then read every page's record.
                // Give the last call time to arrive everywhere (60 s in all, not per page), then read every page's record.
                String last = answeredAt.keySet().stream().reduce((a, b) -> b).orElseThrow();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                int late = 0;
                for (var entry : windows.entrySet()) {
                    ChromeDriver browser = entry.getKey();
                    for (String handle : entry.getValue()) {
                        browser.switchTo().window(handle);
                        while (BoardPage.firstSeen(browser, last) == null && System.nanoTime() < deadline) {
                            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                        }
                        if (BoardPage.firstSeen(browser, last) == null) {
                            late++;
                        }
                    }
                }
                if (late > 0) {
                    System.out.printf("  %d pages had not shown the last call 60 s after the calls ended%n", late);
                }
                for (int p = 0; p < sampledPages.size(); p++) {
                    sampled.switchTo().window(sampledPages.get(p));
                    Map<String, Double> after = metrics(sampled);
                    double costSeconds = (System.nanoTime() - costStart) / 1e9;
                    Map<?, ?> seenHere = (Map<?, ?>) sampled.executeScript("return window.__seen || {};");
                    StringBuilder line = new StringBuilder("  page %d of browser 1 (%s, %d of %d calls seen), over the calls (%.0f s) per call:"
                            .formatted(p == 0 ? 1 : windows.get(sampled).size(),
                                    sampled.executeScript("return document.visibilityState;"),
                                    answeredAt.keySet().stream().filter(seenHere::containsKey).count(), calls,
                                    costSeconds));
                    for (String name : COSTS) {
                        double idleRate = (costBefore.get(p).get(name) - idleBefore.get(p).get(name)) / idleSeconds;
                        double overCalls = after.get(name) - costBefore.get(p).get(name);
                        double perCall = overCalls / calls; // raw: includes the idle rate times the calls' span
                        line.append(name.endsWith("Count") ? " %s %.1f".formatted(name, perCall)
                                : " %s %.1f ms (idle %.1f ms/s)".formatted(name, perCall * 1000, idleRate * 1000));
                    }
                    System.out.println(line);
                }
                List<Long> latencies = new ArrayList<>();
                int missing = 0;
                for (var entry : windows.entrySet()) {
                    ChromeDriver browser = entry.getKey();
                    for (String handle : entry.getValue()) {
                        browser.switchTo().window(handle);
                        // One round trip per page: on a starved machine each command to a browser is slow.
                        Map<?, ?> seenOnPage = (Map<?, ?>) browser.executeScript("return window.__seen || {};");
                        for (var call : answeredAt.entrySet()) {
                            Object at = seenOnPage.get(call.getKey());
                            Long seen = at == null ? null : ((Number) at).longValue();
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
                System.out.println("  " + Percentiles.of(latencies).format("ms") + "  missing " + missing + " of "
                        + answeredAt.size() * opened);
                System.out.printf("display-board CPU during the calls: %.1f s over %.0f s (%.0f %% of one core); "
                        + "machine load after the calls: %s%n", boardCpu / 1000.0, callSeconds,
                        100 * boardCpu / 1000.0 / callSeconds, loadAfterCalls);
                System.out.printf("Chromium (all its processes) CPU during the calls: %.1f s (%.0f %% of one core)%n",
                        browsersCpu / 1000.0, 100 * browsersCpu / 1000.0 / callSeconds);
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

    /** The page's Chrome DevTools performance metrics (durations in seconds), by name. */
    private static Map<String, Double> metrics(ChromeDriver browser) {
        Map<String, Double> byName = new LinkedHashMap<>();
        Object list = browser.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        for (Object m : (List<?>) list) {
            Map<?, ?> metric = (Map<?, ?>) m;
            byName.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return byName;
    }

    private static void openBoard(ChromeDriver browser, HallProcesses hall) {
        // Only one window of a browser has the focus; the others must still run as if on their own screen.
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        browser.executeCdpCommand("Page.enable", Map.of());
        browser.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "active"));
        browser.get(hall.boardUrl() + "/");
        await("board loaded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".current-calls")).getText(), t -> !t.contains("正在载入"));
        browser.executeScript(BoardPage.OBSERVER);
    }

    /**
     * Calls {@code tickets} at windows 1 and 2 in turn, one every
     * {@code intervalMs}, as the demo clerk seated at each; before a window calls again its previous ticket
     * is started and completed.
     *
     * @return each called number with {@code System.currentTimeMillis()} when the API answered the call
     */
    private static Map<String, Long> callSteadily(DemoAccess demo, List<TicketView> tickets, long intervalMs) {
        int calls = tickets.size();
        long[] windowIds = {demo.windowId(1), demo.windowId(2)};
        HttpQueueClient[] clerks = {demo.clerkAt(1), demo.clerkAt(2)};
        String[] heldBy = new String[windowIds.length];
        Map<String, Long> answeredAt = new LinkedHashMap<>();
        long next = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            int w = i % windowIds.length;
            if (heldBy[w] != null) {
                clerks[w].start(heldBy[w]);
                clerks[w].complete(heldBy[w]);
            }
            // Steady pacing: the next call is due intervalMs after the previous one was due.
            next += TimeUnit.MILLISECONDS.toNanos(intervalMs);
            LockSupport.parkNanos(next - System.nanoTime());
            TicketView called = clerks[w].call(windowIds[w], new CallTicketRequest(tickets.get(i).id()));
            answeredAt.put(called.number(), System.currentTimeMillis());
            heldBy[w] = called.id();
        }
        return answeredAt;
    }

    /** Issues {@code count} walk-in tickets for company registration, which windows 1 and 2 serve, as a kiosk. */
    private static List<TicketView> issue(HttpQueueClient kiosk, int count) {
        List<TicketView> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tickets.add(kiosk.issueTicket(DemoAccess.HALL, IssueTicketRequest.walkIn("company-registration"), UUID.randomUUID().toString()));
        }
        return tickets;
    }

    /** CPU time (user and system) the process {@code pid} has used so far, from {@code /proc/PID/stat}. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / 100;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU time used so far by every Chromium process this machine shows us. */
    private static long chromiumCpuMillis() {
        long total = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    if (stat.contains("(chromium)")) {
                        total += cpuMillis(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /** The machine's 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
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
