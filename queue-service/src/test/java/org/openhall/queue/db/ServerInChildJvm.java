package org.openhall.queue.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.apache.commons.logging.LogFactory;

/**
 * Run in a child JVM by {@link EmbeddedMariaDbTest}, as queue-service would: obtains the shared
 * server of the data directory given as second argument (binaries in the third), writes a row,
 * reports the server's pid in the file named by the fourth argument, and then either returns from
 * {@code main} (first argument {@code return}) or waits to be killed ({@code wait}).
 */
final class ServerInChildJvm {

    private ServerInChildJvm() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = SharedEmbeddedMariaDb.obtain(
                new EmbeddedMariaDbProperties(true, Path.of(args[1]), Path.of(args[2]), 0, "hall"),
                LogFactory.getLog(ServerInChildJvm.class));
        db.createDatabaseIfMissing("hall");
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("hall"), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ticket (number VARCHAR(8) PRIMARY KEY)");
            statement.execute("INSERT INTO ticket VALUES ('A001')");
        }
        Path ready = Path.of(args[3]);
        Path written = ready.resolveSibling(ready.getFileName() + ".part");
        Files.writeString(written, Long.toString(db.process().pid()));
        Files.move(written, ready, StandardCopyOption.ATOMIC_MOVE);
        if (args[0].equals("wait")) {
            Thread.currentThread().join();
        }
    }
}
