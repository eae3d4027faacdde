package org.openhall.queue.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhall.client.QueueClientSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Talks to the running queue-service over real HTTP, with the queue client the kiosks and boards use. */
public abstract class ApiTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestHalls halls;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected HallAccess access;

    /** The API as kiosks, boards and clerks call it, each with their own credentials. */
    protected HallApi api;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void connect() {
        api = new HallApi(settings(), access);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        api.close();
    }

    /** Where the service is, with no credentials. */
    protected QueueClientSettings settings() {
        return QueueClientSettings.of(baseUrl()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * A raw request, for what the typed client cannot send (malformed JSON, wrong types), with the
     * credentials its legitimate caller would send.
     */
    protected HttpResponse<String> raw(String method, String path, String contentType, String body) throws Exception {
        return raw(method, path, contentType, body, access.authorizationFor(method, path, settings()).orElse(null));
    }

    /** A raw request with this {@code Authorization} header (none when null). */
    protected HttpResponse<String> raw(String method, String path, String contentType, String body,
            String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
