package org.openhall.queue.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded servers of this JVM, one per data directory, shared by every application context
 * that asks for one (tests start many contexts in one JVM; a server takes seconds to start) and
 * stopped when the JVM exits.
 */
final class SharedEmbeddedMariaDb {

    private static final Log log = LogFactory.getLog(SharedEmbeddedMariaDb.class);

    // Name of the thread in which Spring Boot closes its application contexts at JVM exit.
    private static final String SPRING_SHUTDOWN_HOOK = "SpringApplicationShutdownHook";
    private static final Duration SPRING_SHUTDOWN_WAIT = Duration.ofMinutes(2);

    private static final Map<Path, EmbeddedMariaDb> servers = new LinkedHashMap<>();
    private static boolean shutdownHookAdded;

    private SharedEmbeddedMariaDb() {
    }

    /**
     * The server of {@code properties}' data directory, started now unless this JVM already runs
     * it; the other properties only matter when it is started.
     */
    static synchronized EmbeddedMariaDb obtain(EmbeddedMariaDbProperties properties, Log startupLog) {
        Path dataDir = EmbeddedMariaDb.canonicalDataDir(properties.dataDir());
        EmbeddedMariaDb running = servers.get(dataDir);
        if (running != null && running.isRunning()) {
            return running;
        }
        if (running != null) {
            startupLog.warn("Embedded MariaDB on " + dataDir + " (pid " + running.process().pid()
                    + ") has died; starting it again");
            running.stop();
        }
        if (!shutdownHookAdded) {
            Runtime.getRuntime().addShutdownHook(
                    new Thread(SharedEmbeddedMariaDb::stopAllAfterSpringApplications, "embedded-mariadb-shutdown"));
            shutdownHookAdded = true;
        }
        EmbeddedMariaDb started = EmbeddedMariaDb.start(properties, startupLog);
        servers.put(dataDir, started);
        return started;
    }

    /** Stops the server of {@code dataDir}, if this JVM runs one. */
    static synchronized void stop(Path dataDir) {
        EmbeddedMariaDb server = servers.remove(EmbeddedMariaDb.canonicalDataDir(dataDir));
        if (server != null) {
            server.stop();
        }
    }

    /** Stops every server of this JVM. */
    static synchronized void stopAll() {
        List<EmbeddedMariaDb> running = new ArrayList<>(servers.values());
        servers.clear();
        for (EmbeddedMariaDb server : running) {
            try {
                server.stop();
            } catch (RuntimeException e) {
                log.error("Could not stop " + server, e);
            }
        }
    }

    private static void stopAllAfterSpringApplications() {
        // Spring Boot closes its contexts (finishing a graceful shutdown, closing connection pools)
        // in its own shutdown hook, which runs alongside this one: let it finish first, so that the
        // application can still use the database while it shuts down.
        springShutdownHook().ifPresent(hook -> {
            try {
                hook.join(SPRING_SHUTDOWN_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopAll();
    }

    private static Optional<Thread> springShutdownHook() {
        // The JVM starts all shutdown hooks at once; give Spring Boot's a moment to appear.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        do {
            Optional<Thread> hook = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals(SPRING_SHUTDOWN_HOOK) && thread.isAlive())
                    .findFirst();
            if (hook.isPresent()) {
                return hook;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }
}
