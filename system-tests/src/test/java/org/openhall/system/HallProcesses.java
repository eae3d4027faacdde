package org.openhall.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The whole hall as separate processes, started from the apps' own jars exactly as the README's
 * run command starts them: queue-service on its embedded MariaDB, kiosk-ui and display-board
 * pointed at it. Ports are free ones; data lives in a fresh folder under {@code target/}.
 */
final class HallProcesses implements AutoCloseable {

    final int queuePort = freePort();
    final int kioskPort = freePort();
    final int boardPort = freePort();
    private final Path root = Path.of(System.getProperty("openhall.root", "..")).toAbsolutePath().normalize();
    private final String version = System.getProperty("openhall.version", "0.1.0-SNAPSHOT");
    private final Path work = root.resolve("system-tests/target/hall");
    private final List<Process> processes = new ArrayList<>();
    private Process queueService;
    private Process board;

    HallProcesses() {
    }

    String queueUrl() {
        return "http://localhost:" + queuePort;
    }

    String kioskUrl() {
        return "http://localhost:" + kioskPort;
    }

    String boardUrl() {
        return "http://localhost:" + boardPort;
    }

    /** The display-board's process id, to read its memory from {@code /proc}. */
    long boardPid() {
        return board.pid();
    }

    /** Starts the three apps on a fresh database and waits until each answers its health check. */
    HallProcesses start() throws Exception {
        return start(new String[0]);
    }

    /** As {@link #start()}, display-board getting {@code boardArguments} besides its usual ones. */
    HallProcesses start(String... boardArguments) throws Exception {
        deleteRecursively(work.resolve("data"));
        Files.createDirectories(work);
        startQueueService();
        processes.add(launch("kiosk-ui", kioskPort, "--openhall.queue.base-url=" + queueUrl(),
                "--openhall.kiosk.printed-dir=" + work.resolve("printed")));
        List<String> boardArgs = new ArrayList<>(List.of("--openhall.queue.base-url=" + queueUrl()));
        boardArgs.addAll(List.of(boardArguments));
        board = launch("display-board", boardPort, boardArgs.toArray(String[]::new));
        processes.add(board);
        awaitHealthy(kioskPort, Duration.ofSeconds(90));
        awaitHealthy(boardPort, Duration.ofSeconds(90));
        return this;
    }

    /** Starts (or starts again) queue-service on the same data folder. */
    void startQueueService() throws Exception {
        // The demo hall without its past days: the system tests need the hall, not reports, and start faster.
        queueService = launch("queue-service", queuePort, "--openhall.queue.public-base-url=" + queueUrl(),
                "--openhall.demo.history-days=0",
                "--openhall.embedded-db.data-dir=" + work.resolve("data/mariadb"),
                "--openhall.embedded-db.base-dir=" + work.resolve("mariadb-base"));
        processes.add(queueService);
        awaitHealthy(queuePort, Duration.ofSeconds(120));
    }

    /** Stops queue-service the way a crash or an operator would: the process ends, the others stay. */
    void stopQueueService() throws InterruptedException {
        queueService.destroy();
        if (!queueService.waitFor(30, TimeUnit.SECONDS)) {
            queueService.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        processes.remove(queueService);
    }

    private Process launch(String app, int port, String... args) throws IOException {
        Path jar = root.resolve(app + "/target/" + app + "-" + version + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the apps first (./mvnw package): missing " + jar);
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = work.resolve(app + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitHealthy(int port, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Awaitility.await("app on port " + port + " healthy (logs in " + work + ")")
                .atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (processes.stream().anyMatch(p -> !p.isAlive())) {
                        throw new IllegalStateException("An app exited while starting; see " + work + "/*.log");
                    }
                    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                });
    }

    @Override
    public void close() {
        for (Process p : processes.reversed()) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
