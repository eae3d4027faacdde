package org.openhall.queue.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhall.client.HttpQueueClient;
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

    protected HttpQueueClient api;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void connect() {
        api = new HttpQueueClient(QueueClientSettings.of(baseUrl()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A raw request, for what the typed client cannot send (malformed JSON, wrong types). */
    protected HttpResponse<String> raw(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
