package org.openhall.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallEvent;

/**
 * Plays queue-service on a loopback port: answers routes the test registers and records every
 * request. Unregistered routes get a 404 problem.
 */
final class FakeQueueService implements AutoCloseable {

    /** A request as the server saw it; the path is raw, so percent-encoding shows. */
    record Request(String method, String path, Headers headers, String body) {

        @Nullable String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(Request request, HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Handlers that hold a connection open wait for this; closing the server releases them. */
    private final CountDownLatch released = new CountDownLatch(1);

    FakeQueueService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Settings pointing at this server, written with a trailing slash as a careless operator would. */
    QueueClientSettings settings() {
        return QueueClientSettings.of("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void on(String method, String path, Handler handler) {
        routes.put(method + " " + path, handler);
    }

    void respond(String method, String path, int status, String contentType, String body) {
        on(method, path, (request, exchange) -> send(exchange, status, contentType, body));
    }

    void respondJson(String method, String path, int status, Object body) {
        respond(method, path, status, "application/json", Fixtures.json(body));
    }

    List<Request> requests() {
        return requests;
    }

    Request lastRequest() {
        return requests.getLast();
    }

    /** Blocks the calling handler until the server closes. */
    void hold() throws InterruptedException {
        released.await();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers {@code 200 text/event-stream}; what is written to the returned stream reaches the client at once. */
    static EventStream openEventStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().flush(); // the JDK server holds the headers back until the body is flushed
        return new EventStream(exchange.getResponseBody());
    }

    /** The server's end of an event stream. Closing it ends the stream cleanly, as a server dropping it would. */
    record EventStream(OutputStream out) implements AutoCloseable {

        EventStream send(HallEvent... events) throws IOException {
            for (HallEvent event : events) {
                write("id: " + event.id() + "\nevent: " + event.type() + "\ndata: " + Fixtures.json(event) + "\n\n");
            }
            return this;
        }

        EventStream write(String raw) throws IOException {
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return this;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders(), body);
            requests.add(request);
            Handler handler = routes.get(request.method() + " " + request.path());
            if (handler == null) {
                send(exchange, 404, "application/problem+json", """
                        {"type":"about:blank","title":"Not Found","status":404,"detail":"no route %s %s"}"""
                        .formatted(request.method(), request.path()));
                return;
            }
            handler.handle(request, exchange);
        } catch (IOException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
