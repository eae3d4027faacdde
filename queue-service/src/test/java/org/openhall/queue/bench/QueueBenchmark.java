package org.openhall.queue.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openhall.client.HallEventStream;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.SseHallEventStream;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffRole;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketView;
import org.openhall.queue.QueueServiceApplication;
import org.openhall.queue.db.EmbeddedMariaDbEnvironmentPostProcessor;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.window.WindowDesk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures queue-service over real HTTP on its embedded MariaDB: ticket issuing and call-next
 * throughput and latency, the hall statistics' latency on a day of a few thousand tickets, and how
 * fast a call reaches 200 event-stream subscribers. A program that
 * prints numbers, not a test. Run it with the command in the README's performance section.
 *
 * <p>Arguments (all optional): tickets (default 3000), issuing threads (8), subscribers (200),
 * calls measured for delivery (200).
 */
public final class QueueBenchmark {

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int subscribers = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int deliveries = args.length > 3 ? Integer.parseInt(args[3]) : 200;

        Path target = Path.of(System.getProperty("openhall.bench.dir", "target")).toAbsolutePath();
        Path data = target.resolve("bench-mariadb");
        deleteRecursively(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QueueServiceApplication.class).properties(
                "server.port=0", "openhall.demo.seed=false", "openhall.embedded-db.data-dir=" + data,
                "openhall.embedded-db.base-dir=" + target.resolve("test-mariadb-base"), "logging.level.root=error",
                "logging.level.org.openhall=warn", "spring.main.banner-mode=off").run()) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String hall = "bench";
            app.getBean(HallCatalog.class).create(new Hall(hall, LocalizedText.of("基准大厅", "Benchmark hall"),
                    ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT, "weighted", false, List.of(), Set.of()),
                    List.of(service("a", "A"), service("b", "B"), service("c", "C")));
            WindowDesk desk = app.getBean(WindowDesk.class);
            StaffDirectory staff = app.getBean(StaffDirectory.class);
            QueueClientSettings settings = QueueClientSettings.of(base)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
            // Each caller as in a hall: a kiosk issues, a board reads, the clerk seated at each window calls there.
            List<Long> windows = new ArrayList<>();
            Map<Long, HttpQueueClient> clerks = new java.util.HashMap<>();
            for (int n = 1; n <= 8; n++) {
                long id = desk.create(hall, n, LocalizedText.of("窗口", "Window"),
                        n % 2 == 0 ? Map.of("a", 1.0, "b", 0.5, "c", 0.3) : Map.of("a", 0.5, "b", 1.0, "c", 1.0), false, false);
                var clerk = staff.create("bench-clerk-" + n, "窗口 " + n, "BENCH" + n, StaffRole.STAFF, "bench-password");
                desk.open(id, clerk.id());
                windows.add(id);
                clerks.put(id, new HttpQueueClient(settings.withStaff(clerk.username(), "bench-password")));
            }
            DeviceTokens devices = app.getBean(DeviceTokens.class);
            HttpQueueClient api = new HttpQueueClient(settings.withBearerToken(
                    devices.register(hall, DeviceRole.KIOSK, "bench kiosk", null).token()));
            HttpQueueClient board = new HttpQueueClient(settings.withBearerToken(
                    devices.register(hall, DeviceRole.BOARD, "bench board", null).token()));

            System.out.printf(Locale.ROOT, "OpenHall queue-service benchmark: %d cores, Java %s, embedded MariaDB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

            // Warm-up: JIT and connection pools.
            for (int i = 0; i < 200; i++) {
                api.issueTicket(hall, IssueTicketRequest.walkIn("abc".substring(i % 3, i % 3 + 1)), UUID.randomUUID().toString());
            }
            drain(clerks, windows);

            List<Long> issueNanos = Collections.synchronizedList(new ArrayList<>());
            long issueStart = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < tickets) {
                            long t0 = System.nanoTime();
                            api.issueTicket(hall, IssueTicketRequest.walkIn("abc".substring(i % 3, i % 3 + 1)),
                                    UUID.randomUUID().toString());
                            issueNanos.add(System.nanoTime() - t0);
                        }
                    });
                }
            }
            report("issue ticket (" + threads + " clients)", issueNanos, System.nanoTime() - issueStart);
            statsLatency(board, hall, "hall stats (" + (tickets + 200) + " tickets today, " + tickets + " waiting)");

            List<Long> callNanos = Collections.synchronizedList(new ArrayList<>());
            long callStart = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(windows.size())) {
                for (long window : windows) {
                    pool.submit(() -> {
                        while (true) {
                            long t0 = System.nanoTime();
                            HttpQueueClient clerk = clerks.get(window);
                            var called = clerk.callNext(window);
                            if (called.isEmpty()) {
                                return;
                            }
                            callNanos.add(System.nanoTime() - t0);
                            clerk.start(called.get().id());
                            clerk.complete(called.get().id());
                        }
                    });
                }
            }
            report("call next (8 windows, with a waiting queue of " + tickets + ")", callNanos,
                    System.nanoTime() - callStart);

            statsLatency(board, hall, "hall stats (" + (tickets + 200) + " tickets today, all served)");

            deliveryLatency(settings.withBearerToken(board.settings().bearerToken()), api, board,
                    clerks.get(windows.getFirst()), hall, windows.getFirst(), subscribers, deliveries);
        } finally {
            EmbeddedMariaDbEnvironmentPostProcessor.stopEmbeddedServers();
        }
    }

    private static void deliveryLatency(QueueClientSettings boardSettings, HttpQueueClient api, HttpQueueClient board,
            HttpQueueClient clerk, String hall, long window, int subscribers, int deliveries) throws Exception {
        long from = board.snapshot(hall).lastEventId();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch allDelivered = new CountDownLatch(subscribers * deliveries);
        List<HallEventStream.Subscription> subscriptions = new ArrayList<>();
        try (SseHallEventStream stream = new SseHallEventStream(boardSettings)) {
            for (int s = 0; s < subscribers; s++) {
                subscriptions.add(stream.subscribe(hall, from, event -> {
                    if (HallEvent.TICKET_CALLED.equals(event.type()) && event.ticket() != null) {
                        Long t0 = sentAt.get(event.ticket().id());
                        if (t0 != null) {
                            latencies.add(System.nanoTime() - t0);
                            allDelivered.countDown();
                        }
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (subscriptions.stream().anyMatch(s -> !s.isConnected()) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            long start = System.nanoTime();
            for (int i = 0; i < deliveries; i++) {
                TicketView ticket = api.issueTicket(hall, IssueTicketRequest.walkIn("a"), UUID.randomUUID().toString());
                long t0 = System.nanoTime();
                sentAt.put(ticket.id(), t0);
                var called = clerk.callNext(window).orElseThrow();
                clerk.start(called.id());
                clerk.complete(called.id());
                TimeUnit.MILLISECONDS.sleep(20);
            }
            boolean complete = allDelivered.await(60, TimeUnit.SECONDS);
            report("call -> SSE delivery (" + subscribers + " subscribers, " + deliveries + " calls"
                    + (complete ? "" : ", INCOMPLETE: " + latencies.size() + " delivered") + ")",
                    new ArrayList<>(latencies), System.nanoTime() - start);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap in use with %d subscribers: %d MB%n", subscribers,
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            subscriptions.forEach(HallEventStream.Subscription::close);
        }
    }

    /** GET /api/halls/{hall}/stats over HTTP, one request at a time. */
    private static void statsLatency(HttpQueueClient api, String hall, String what) {
        for (int i = 0; i < 50; i++) {
            api.stats(hall);
        }
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            api.stats(hall);
            nanos.add(System.nanoTime() - t0);
        }
        report(what, nanos, System.nanoTime() - start);
    }

    private static void drain(Map<Long, HttpQueueClient> clerks, List<Long> windows) {
        for (long window : windows) {
            HttpQueueClient clerk = clerks.get(window);
            while (true) {
                var called = clerk.callNext(window);
                if (called.isEmpty()) {
                    break;
                }
                clerk.start(called.get().id());
                clerk.complete(called.get().id());
            }
        }
    }

    static void report(String what, List<Long> nanos, long elapsedNanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Comparator.naturalOrder());
        if (sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-60s no samples%n", what);
            return;
        }
        double seconds = elapsedNanos / 1e9;
        System.out.printf(Locale.ROOT, "%-60s n=%6d  %8.1f /s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", what,
                sorted.size(), sorted.size() / seconds, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)),
                ms(sorted.getLast()));
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static ServiceDefinition service(String code, String prefix) {
        return new ServiceDefinition(code, prefix, LocalizedText.of("业务" + prefix, "Service " + prefix),
                LocalizedText.of("基准", "Benchmark"), new ServiceView.Guide(List.of(), List.of(),
                        LocalizedText.of("", ""), LocalizedText.of("", "")),
                null, Duration.ofMinutes(20), false, true, 0);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private QueueBenchmark() {
    }

}
