package org.openhall.queue.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.Channel;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.queue.QueueServiceApplication;
import org.openhall.queue.db.EmbeddedMariaDbEnvironmentPostProcessor;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.window.WindowDesk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the window actions that put a visitor back in a queue, requeue and transfer, over real
 * HTTP on queue-service's embedded MariaDB while thousands of tickets wait in the hall. Each of 8
 * clerks, at their own window, repeatedly calls the next ticket, marks it no-show and requeues it,
 * then calls the next one, starts it and transfers it, alternately to another service and to the
 * next window; the queue keeps its length. Then kiosks issue tickets, a share of them green-channel
 * (they go ahead of newcomers, so no earlier estimate stands for theirs), while the clerks call, start
 * and complete. A program that prints numbers, not a test. Run it with the command in the README's
 * performance section.
 *
 * <p>Arguments (all optional): tickets waiting (default 3000), rounds per window (50), tickets the
 * kiosks issue while the clerks call (400), one issued ticket in how many is green-channel (4).
 */
public final class WindowActionBenchmark {

    private static final int WINDOWS = 8;
    private static final int KIOSKS = 4;
    private static final List<String> SERVICES = List.of("a", "b", "c");

    public static void main(String[] args) throws Exception {
        int waiting = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int issued = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int greenEvery = args.length > 3 ? Integer.parseInt(args[3]) : 4;

        Path target = Path.of(System.getProperty("openhall.bench.dir", "target")).toAbsolutePath();
        Path data = target.resolve("bench-mariadb");
        QueueBenchmark.deleteRecursively(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QueueServiceApplication.class).properties(
                "server.port=0", "openhall.demo.seed=false", "openhall.embedded-db.data-dir=" + data,
                "openhall.embedded-db.base-dir=" + target.resolve("test-mariadb-base"), "logging.level.root=error",
                "logging.level.org.openhall=warn", "spring.main.banner-mode=off").run()) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String hall = "bench";
            app.getBean(HallCatalog.class).create(new Hall(hall, LocalizedText.of("基准大厅", "Benchmark hall"),
                    ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT, "weighted", false, List.of(), Set.of()),
                    SERVICES.stream().map(s -> QueueBenchmark.service(s, s.toUpperCase(Locale.ROOT))).toList());
            WindowDesk desk = app.getBean(WindowDesk.class);
            StaffDirectory staff = app.getBean(StaffDirectory.class);
            QueueClientSettings settings = QueueClientSettings.of(base)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60));
            List<Long> windows = new ArrayList<>();
            Map<Long, HttpQueueClient> clerks = new HashMap<>();
            for (int n = 1; n <= WINDOWS; n++) {
                long id = desk.create(hall, n, LocalizedText.of("窗口", "Window"),
                        n % 2 == 0 ? Map.of("a", 1.0, "b", 0.5, "c", 0.3) : Map.of("a", 0.5, "b", 1.0, "c", 1.0), false, false);
                var clerk = staff.create("bench-clerk-" + n, "窗口 " + n, "BENCH" + n, StaffRole.STAFF, "bench-password");
                desk.open(id, clerk.id());
                windows.add(id);
                clerks.put(id, new HttpQueueClient(settings.withStaff(clerk.username(), "bench-password")));
            }
            HttpQueueClient kiosk = new HttpQueueClient(settings.withBearerToken(
                    app.getBean(DeviceTokens.class).register(hall, DeviceRole.KIOSK, "bench kiosk", null).token()));

            System.out.printf(Locale.ROOT, "OpenHall window action benchmark: %d cores, Java %s, embedded MariaDB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

            issue(kiosk, hall, waiting);
            // Warm-up: JIT and connection pools, on the full queue.
            rounds(clerks, windows, 5, new ArrayList<>(), new ArrayList<>());

            List<Long> requeues = Collections.synchronizedList(new ArrayList<>());
            List<Long> transfers = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            rounds(clerks, windows, rounds, requeues, transfers);
            long elapsed = System.nanoTime() - start;
            String queue = " (" + WINDOWS + " windows, " + waiting + " waiting)";
            QueueBenchmark.report("requeue" + queue, requeues, elapsed);
            QueueBenchmark.report("transfer" + queue, transfers, elapsed);
            List<Long> both = new ArrayList<>(requeues);
            both.addAll(transfers);
            QueueBenchmark.report("requeue + transfer" + queue, both, elapsed);

            List<Long> greens = Collections.synchronizedList(new ArrayList<>());
            List<Long> normals = Collections.synchronizedList(new ArrayList<>());
            List<Long> calls = Collections.synchronizedList(new ArrayList<>());
            start = System.nanoTime();
            issueWhileCalling(kiosk, hall, issued, greenEvery, clerks, windows, greens, normals, calls);
            elapsed = System.nanoTime() - start;
            String busy = " (" + KIOSKS + " kiosks, " + WINDOWS + " windows calling, ~" + waiting + " waiting)";
            QueueBenchmark.report("issue green channel" + busy, greens, elapsed);
            QueueBenchmark.report("issue normal" + busy, normals, elapsed);
            List<Long> all = new ArrayList<>(greens);
            all.addAll(normals);
            QueueBenchmark.report("issue, all" + busy, all, elapsed);
            QueueBenchmark.report("call next while kiosks issue" + busy, calls, elapsed);
        } finally {
            EmbeddedMariaDbEnvironmentPostProcessor.stopEmbeddedServers();
        }
    }

    private static void issue(HttpQueueClient kiosk, String hall, int tickets) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(WINDOWS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < WINDOWS; t++) {
                done.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < tickets) {
                        kiosk.issueTicket(hall, IssueTicketRequest.walkIn(SERVICES.get(i % SERVICES.size())),
                                UUID.randomUUID().toString());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    /**
     * {@link #KIOSKS} kiosks issue {@code tickets} tickets, one in {@code greenEvery} green-channel, while each
     * window's clerk calls, starts and completes tickets until they are done; the time of each issue and call
     * is added.
     */
    private static void issueWhileCalling(HttpQueueClient kiosk, String hall, int tickets, int greenEvery,
            Map<Long, HttpQueueClient> clerks, List<Long> windows, List<Long> greens, List<Long> normals,
            List<Long> calls) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean issuing = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newFixedThreadPool(KIOSKS + windows.size())) {
            List<Future<?>> kiosks = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                kiosks.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < tickets) {
                        boolean green = i % greenEvery == 0;
                        String service = SERVICES.get(i % SERVICES.size());
                        long t0 = System.nanoTime();
                        kiosk.issueTicket(hall, green ? new IssueTicketRequest(service, Channel.WALK_IN,
                                Priority.GREEN_CHANNEL) : IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
                        (green ? greens : normals).add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            List<Future<?>> desks = new ArrayList<>();
            for (long window : windows) {
                HttpQueueClient clerk = clerks.get(window);
                desks.add(pool.submit(() -> {
                    while (issuing.get()) {
                        long t0 = System.nanoTime();
                        TicketView called = clerk.callNext(window).orElseThrow();
                        calls.add(System.nanoTime() - t0);
                        clerk.start(called.id());
                        clerk.complete(called.id());
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> f : kiosks) {
                    f.get();
                }
            } finally {
                issuing.set(false);
            }
            for (Future<?> f : desks) {
                f.get();
            }
        }
    }

    /** Each window's clerk plays its rounds at once with the others; the time of each requeue and transfer is added. */
    private static void rounds(Map<Long, HttpQueueClient> clerks, List<Long> windows, int rounds, List<Long> requeues,
            List<Long> transfers) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(windows.size())) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < windows.size(); w++) {
                long window = windows.get(w);
                long neighbour = windows.get((w + 1) % windows.size());
                HttpQueueClient clerk = clerks.get(window);
                done.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        TicketView missed = clerk.callNext(window).orElseThrow();
                        clerk.noShow(missed.id());
                        long t0 = System.nanoTime();
                        clerk.requeue(missed.id());
                        requeues.add(System.nanoTime() - t0);

                        TicketView served = clerk.callNext(window).orElseThrow();
                        clerk.start(served.id());
                        TransferRequest to = r % 2 == 0
                                ? TransferRequest.toService(SERVICES.get((SERVICES.indexOf(served.service()) + 1) % SERVICES.size()))
                                : TransferRequest.toWindow(neighbour);
                        t0 = System.nanoTime();
                        clerk.transfer(served.id(), to);
                        transfers.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    private WindowActionBenchmark() {
    }

}
