package org.openhall.queue.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;

/**
 * Finds and stops the MariaDB server processes that serve a data directory.
 *
 * <p>A server is recognised by its executable ({@code mariadbd} or {@code mysqld}) and by its
 * {@code --datadir=} argument, which {@link EmbeddedMariaDb} passes with the canonical path; the
 * pid file in the data directory is only a hint, since its pid may have been reused. No other
 * process is ever signalled.
 */
final class ServerProcesses {

    /** Name of the pid file the server writes into its data directory. */
    static final String PID_FILE = "mariadbd.pid";

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private ServerProcesses() {
    }

    /** The live server processes whose data directory is {@code canonicalDataDir}. */
    static List<ProcessHandle> serving(Path canonicalDataDir) {
        String dataDirArgument = "--datadir=" + canonicalDataDir;
        return Stream.concat(pidFileProcess(canonicalDataDir).stream(), ProcessHandle.allProcesses())
                .filter(ProcessHandle::isAlive)
                .filter(process -> isServer(process) && hasArgument(process, dataDirArgument))
                .distinct()
                .toList();
    }

    /**
     * Stops {@code server}: asks it to shut down cleanly (SIGTERM) and kills it (SIGKILL) if it
     * has not exited within {@code timeout}. Returns once the process is gone.
     *
     * @throws IllegalStateException if the process survives SIGKILL
     */
    static void stop(ProcessHandle server, Duration timeout, Log log) {
        if (!server.destroy() && server.isAlive()) {
            throw new IllegalStateException("Cannot signal MariaDB server pid " + server.pid()
                    + " (does it belong to another user?)");
        }
        if (awaitExit(server, timeout)) {
            return;
        }
        log.warn("MariaDB server pid " + server.pid() + " did not shut down within " + timeout.toSeconds()
                + " s, killing it; InnoDB recovers committed data at the next start");
        server.destroyForcibly();
        if (!awaitExit(server, KILL_TIMEOUT)) {
            throw new IllegalStateException("MariaDB server pid " + server.pid() + " survived SIGKILL");
        }
    }

    /** The Java process that started {@code server}, if it is still running. */
    static Optional<ProcessHandle> liveJavaParent(ProcessHandle server) {
        return server.parent()
                .filter(ProcessHandle::isAlive)
                .filter(parent -> parent.info().command().map(ServerProcesses::fileName)
                        .filter(name -> name.equals("java") || name.equals("java.exe"))
                        .isPresent());
    }

    /** The value of {@code process}' first argument that starts with {@code prefix}, if any. */
    static Optional<String> argument(ProcessHandle process, String prefix) {
        return process.info().arguments().stream().flatMap(Stream::of)
                .filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length()))
                .findFirst();
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for process " + process.pid(), e);
        }
    }

    private static Optional<ProcessHandle> pidFileProcess(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            // A pid file being written or damaged: the scan of all processes still finds the server.
            return Optional.empty();
        }
    }

    private static boolean isServer(ProcessHandle process) {
        return process.info().command().map(ServerProcesses::fileName)
                .filter(name -> name.equals("mariadbd") || name.equals("mysqld"))
                .isPresent();
    }

    private static boolean hasArgument(ProcessHandle process, String argument) {
        return process.info().arguments().map(List::of).filter(arguments -> arguments.contains(argument))
                .isPresent();
    }

    private static String fileName(String command) {
        // Linux reports "/path/mariadbd (deleted)" once the binary was replaced on disk.
        String path = command.endsWith(" (deleted)") ? command.substring(0, command.length() - 10) : command;
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
