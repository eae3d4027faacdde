package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.queue.QueueServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** queue-service stopped and started again on the same database loses nothing and numbers on. */
class RestartTest {

    private final String database = "restart_" + Long.toString(System.nanoTime(), 36);

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(QueueServiceApplication.class)
                .profiles("test")
                .run("--server.port=0", "--openhall.embedded-db.database=" + database);
    }

    private static HttpQueueClient client(ConfigurableApplicationContext app) {
        // The demo hall's published tokens: a kiosk issues, a board reads the snapshot.
        return new HttpQueueClient(QueueClientSettings.of("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .withBearerToken("demo-kiosk-token"));
    }

    private static HttpQueueClient board(ConfigurableApplicationContext app) {
        return new HttpQueueClient(QueueClientSettings.of("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .withBearerToken("demo-board-token"));
    }

    @Test
    void numberingQueuesAndEventsContinueAfterARestart() {
        TicketView waiting;
        long lastEvent;
        try (ConfigurableApplicationContext app = start()) {
            HttpQueueClient api = client(app);
            api.issueTicket("demo", IssueTicketRequest.walkIn("company-registration"), UUID.randomUUID().toString());
            waiting = api.issueTicket("demo", IssueTicketRequest.walkIn("company-registration"), "before-restart");
            assertThat(waiting.number()).isEqualTo("A002");
            lastEvent = board(app).snapshot("demo").lastEventId();
        }
        try (ConfigurableApplicationContext app = start()) {
            HttpQueueClient api = client(app);
            assertThat(api.ticket(waiting.id()).status()).isEqualTo(TicketStatus.WAITING);
            assertThat(api.issueTicket("demo", IssueTicketRequest.walkIn("company-registration"), "before-restart").id())
                    .as("an idempotent retry across the restart").isEqualTo(waiting.id());
            assertThat(api.issueTicket("demo", IssueTicketRequest.walkIn("company-registration"), UUID.randomUUID().toString())
                    .number()).isEqualTo("A003");
            assertThat(board(app).snapshot("demo").lastEventId()).isGreaterThan(lastEvent);
        }
    }
}
