package org.openhall.queue.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class EmbeddedMariaDbTest {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbTest.class);

    private final List<Path> dataDirs = new ArrayList<>();
    private final List<Process> childJvms = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() throws IOException {
        childJvms.forEach(Process::destroyForcibly);
        for (Path dataDir : dataDirs) {
            TestDirectories.cleanUp(dataDir);
            Files.deleteIfExists(readyFile(dataDir));
        }
    }

    @Test
    void keepsRowsAcrossARestart() throws Exception {
        Path dataDir = dataDir("restart");

        long installing = System.nanoTime();
        EmbeddedMariaDb first = EmbeddedMariaDb.start(TestDirectories.properties(dataDir, "hall"));
        log.info("First start (install) of the embedded MariaDB: {} ms", millisSince(installing));
        first.createDatabaseIfMissing("hall");
        execute(first.jdbcUrl("hall"), "CREATE TABLE ticket (number VARCHAR(8) PRIMARY KEY)",
                "INSERT INTO ticket VALUES ('A001')");
        first.stop();

        assertThat(first.isRunning()).isFalse();
        assertThat(dataDir.resolve(ServerProcesses.PID_FILE)).as("removed by a clean shutdown").doesNotExist();

        long restarting = System.nanoTime();
        EmbeddedMariaDb second = EmbeddedMariaDb.start(TestDirectories.properties(dataDir, "hall"));
        log.info("Restart of the embedded MariaDB: {} ms", millisSince(restarting));
        try {
            assertThat(ticketNumbers(second.jdbcUrl("hall"))).containsExactly("A001");
            assertThat(second.version()).startsWith("11.4");
        } finally {
            second.stop();
        }
    }

    @Test
    void recoversFromARunKilledWithSigkillThatLeftItsServerRunning() throws Exception {
        Path dataDir = dataDir("killed");
        Path ready = readyFile(dataDir);
        Process childJvm = startChildJvm("wait", dataDir, ready);
        await().atMost(Duration.ofMinutes(3))
                .until(() -> Files.exists(ready) || !childJvm.isAlive());
        assertThat(childJvm.isAlive()).as("child JVM running its server, see its log").isTrue();
        ProcessHandle server = ProcessHandle.of(Long.parseLong(Files.readString(ready))).orElseThrow();

        assertThatIllegalStateException()
                .as("a server of a running JVM is never taken over")
                .isThrownBy(() -> EmbeddedMariaDb.start(TestDirectories.properties(dataDir, "hall")))
                .withMessageContaining("in use by server pid " + server.pid());

        childJvm.destroyForcibly();
        assertThat(childJvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.isAlive()).as("the server outlives its killed JVM").isTrue();

        long start = System.nanoTime();
        EmbeddedMariaDb recovered = EmbeddedMariaDb.start(TestDirectories.properties(dataDir, "hall"));
        log.info("Start after stopping a leftover server: {} ms", millisSince(start));
        try {
            assertThat(server.isAlive()).as("leftover server stopped").isFalse();
            assertThat(recovered.process().pid()).isNotEqualTo(server.pid());
            assertThat(ticketNumbers(recovered.jdbcUrl("hall"))).containsExactly("A001");
        } finally {
            recovered.stop();
        }
    }

    @Test
    void stopsTheSharedServerCleanlyWhenTheJvmExits() throws Exception {
        Path dataDir = dataDir("exit");
        Path ready = readyFile(dataDir);

        Process childJvm = startChildJvm("return", dataDir, ready);

        assertThat(childJvm.waitFor(3, TimeUnit.MINUTES)).as("child JVM exits once main returns").isTrue();
        assertThat(childJvm.exitValue()).isZero();
        assertThat(ProcessHandle.of(Long.parseLong(Files.readString(ready))).filter(ProcessHandle::isAlive))
                .as("server stopped").isEmpty();
        assertThat(dataDir.resolve(ServerProcesses.PID_FILE)).as("removed by a clean shutdown").doesNotExist();
        assertThat(dataDir.resolve(EmbeddedMariaDb.SERVER_LOG)).content().contains("Shutdown complete");
    }

    @Test
    void refusesADataDirectoryUnderJavaIoTmpdir() throws IOException {
        Path temporary = Files.createTempDirectory("openhall-data-");
        Path kept = Files.writeString(temporary.resolve("kept"), "data");
        try {
            assertThatIllegalStateException()
                    .isThrownBy(() -> EmbeddedMariaDb.start(TestDirectories.properties(temporary, "hall")))
                    .withMessageContaining("java.io.tmpdir");
            assertThat(kept).exists();
        } finally {
            Files.delete(kept);
            Files.delete(temporary);
        }
    }

    @Test
    void refusesANonEmptyDirectoryThatHoldsNoDatabase() throws IOException {
        Path dataDir = dataDir("foreign");
        Path kept = Files.writeString(Files.createDirectories(dataDir).resolve("notes.txt"), "not a database");

        assertThatIllegalStateException()
                .isThrownBy(() -> EmbeddedMariaDb.start(TestDirectories.properties(dataDir, "hall")))
                .withMessageContaining("not empty");
        assertThat(kept).hasContent("not a database");
    }

    private Path dataDir(String name) {
        Path dataDir = TestDirectories.newDataDir(name);
        dataDirs.add(dataDir);
        return dataDir;
    }

    private static Path readyFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".ready");
    }

    private Process startChildJvm(String mode, Path dataDir, Path ready) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ServerInChildJvm.class.getName(), mode, dataDir.toString(), TestDirectories.BASE_DIR.toString(),
                ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".jvm.log").toFile())
                .start();
        childJvms.add(process);
        return process;
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> ticketNumbers(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT number FROM ticket ORDER BY number")) {
            List<String> numbers = new ArrayList<>();
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
            return numbers;
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
