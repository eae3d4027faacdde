package org.openhall.queue.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Directories of the embedded-database tests: under {@code target/}, never under
 * {@code java.io.tmpdir}, with one shared binaries directory so the binaries are unpacked once.
 */
final class TestDirectories {

    static final Path ROOT = Path.of("target", "embedded-mariadb-tests").toAbsolutePath();
    // The binaries directory the other queue-service tests use (application-test.yml): unpacked once.
    static final Path BASE_DIR = Path.of("target", "test-mariadb-base").toAbsolutePath();

    private TestDirectories() {
    }

    /** A fresh data directory that does not exist yet. */
    static Path newDataDir(String name) {
        return ROOT.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static EmbeddedMariaDbProperties properties(Path dataDir, String database) {
        return new EmbeddedMariaDbProperties(true, dataDir, BASE_DIR, 0, database);
    }

    /** Stops any server still running on {@code dataDir} and deletes it. */
    static void cleanUp(Path dataDir) {
        ServerProcesses.serving(EmbeddedMariaDb.canonicalDataDir(dataDir))
                .forEach(server -> ServerProcesses.stop(server, Duration.ofSeconds(30),
                        LogFactory.getLog(TestDirectories.class)));
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
