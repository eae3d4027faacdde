package org.openhall.board;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.DeviceState;
import org.openhall.client.api.DeviceView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays queue-service over real HTTP on a loopback port for what a board asks (the hall list, a
 * hall's snapshot, event stream, statistics and device reports, for any hall) and records every
 * request with its {@code Authorization} header. Event streams stay open, silent, until it closes.
 */
public final class RecordingQueueService implements AutoCloseable {

    /** A request as it arrived. */
    public record Request(String method, String path, @Nullable String authorization) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HALL_PATH = Pattern.compile("/api/halls/([^/]+)/(snapshot|events|stats|devices/[^/]+)");

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<String> halls;

    /** Serves these halls (any other code too, but lists only these). */
    public RecordingQueueService(String... halls) throws IOException {
        this.halls = List.of(halls);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::dispatch);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Authorization")));
            if (method.equals("GET") && path.equals("/api/halls")) {
                send(exchange, 200, JSON.writeValueAsString(halls.stream().map(Tickets::hall).toList()));
                return;
            }
            Matcher hallPath = HALL_PATH.matcher(path);
            if (!hallPath.matches()) {
                send(exchange, 404, "{\"title\":\"Not Found\",\"status\":404}");
                return;
            }
            String hall = hallPath.group(1);
            String what = hallPath.group(2);
            if (what.equals("snapshot")) {
                send(exchange, 200, JSON.writeValueAsString(Tickets.emptySnapshot(hall)));
            } else if (what.equals("stats")) {
                send(exchange, 200, JSON.writeValueAsString(Stats.busyMorning(hall, Tickets.NINE_AM)));
            } else if (what.equals("events")) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().flush();
                closed.await();
            } else {
                Instant now = Instant.now();
                String device = what.substring("devices/".length());
                send(exchange, 200, JSON.writeValueAsString(
                        new DeviceView(device, "BOARD", DeviceState.READY, null, now, now, false)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
