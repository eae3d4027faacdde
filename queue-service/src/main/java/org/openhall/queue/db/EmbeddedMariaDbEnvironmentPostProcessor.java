package org.openhall.queue.db;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Gives queue-service a database when none is configured: unless {@code spring.datasource.url} is
 * set (non-blank) or {@code openhall.embedded-db.enabled=false}, it starts the embedded MariaDB of
 * {@code openhall.embedded-db.data-dir} (once per JVM and data directory), creates
 * {@code openhall.embedded-db.database} if missing, and points {@code spring.datasource.*} at it
 * with READ COMMITTED as the connections' isolation level.
 *
 * <p>It decides on the environment as it stands after the configuration files were read, so a
 * datasource URL set later (a {@code @DynamicPropertySource}) still wins, but the embedded server
 * is started anyway; such tests set {@code openhall.embedded-db.enabled=false}.
 */
public class EmbeddedMariaDbEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "openhall-embedded-mariadb";

    private static final String URL = "spring.datasource.url";

    private final Log log;

    public EmbeddedMariaDbEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        // Logging is not set up yet when this runs; the deferred log replays once it is.
        this.log = logFactory.getLog(EmbeddedMariaDbEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(URL))) {
            return;
        }
        EmbeddedMariaDbProperties properties = Binder.get(environment)
                .bindOrCreate("openhall.embedded-db", EmbeddedMariaDbProperties.class);
        if (!properties.enabled()) {
            return;
        }
        EmbeddedMariaDb server = SharedEmbeddedMariaDb.obtain(properties, log);
        server.createDatabaseIfMissing(properties.database());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
                URL, server.jdbcUrl(properties.database()),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                // The queue's claims and sequences are written for READ COMMITTED (see the design).
                "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED")));
        log.info("No spring.datasource.url configured: using database " + properties.database()
                + " of the embedded MariaDB on port " + server.port() + ", data in " + server.dataDir());
    }

    /** Runs after the configuration files were read, so that a URL set in them is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Stops the embedded servers this JVM started. A JVM's shutdown hook does this by itself; a
     * program run inside another tool's JVM (a benchmark under Maven) calls it when it is done.
     */
    public static void stopEmbeddedServers() {
        SharedEmbeddedMariaDb.stopAll();
    }
}
