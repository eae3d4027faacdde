package org.openhall.queue.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedMariaDbEnvironmentPostProcessorTest {

    // One data directory for the whole class, as the application's tests use target/test-mariadb.
    private static final Path DATA_DIR = TestDirectories.ROOT.resolve("post-processor");

    private final EmbeddedMariaDbEnvironmentPostProcessor postProcessor =
            new EmbeddedMariaDbEnvironmentPostProcessor(destination -> destination.get());

    @AfterAll
    static void stopServer() {
        SharedEmbeddedMariaDb.stop(DATA_DIR);
        TestDirectories.cleanUp(DATA_DIR);
    }

    @Test
    void pointsTheDatasourceAtACreatedDatabaseOfTheEmbeddedServerWhenNoneIsConfigured() throws SQLException {
        String database = randomDatabase();
        ConfigurableEnvironment environment = environment(Map.of(
                "openhall.embedded-db.data-dir", DATA_DIR.toString(),
                "openhall.embedded-db.base-dir", TestDirectories.BASE_DIR.toString(),
                "openhall.embedded-db.database", database));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        String url = environment.getProperty("spring.datasource.url");
        assertThat(url).matches("jdbc:mariadb://127\\.0\\.0\\.1:\\d+/" + database);
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("root");
        assertThat(environment.getProperty("spring.datasource.hikari.transaction-isolation"))
                .isEqualTo("TRANSACTION_READ_COMMITTED");
        assertThat(query(url, "SELECT DATABASE()")).isEqualTo(database);
        assertThat(query(url, "SELECT @@character_set_database")).isEqualTo("utf8mb4");
    }

    @Test
    void twoDatabasesOnOneDataDirectoryShareOneServer() throws SQLException {
        ConfigurableEnvironment first = environment(Map.of(
                "openhall.embedded-db.data-dir", DATA_DIR.toString(),
                "openhall.embedded-db.base-dir", TestDirectories.BASE_DIR.toString(),
                "openhall.embedded-db.database", randomDatabase()));
        ConfigurableEnvironment second = environment(Map.of(
                // the same directory, spelled differently
                "openhall.embedded-db.data-dir", DATA_DIR.resolve("..").resolve(DATA_DIR.getFileName()).toString(),
                "openhall.embedded-db.base-dir", TestDirectories.BASE_DIR.toString(),
                "openhall.embedded-db.database", randomDatabase()));

        postProcessor.postProcessEnvironment(first, new SpringApplication());
        postProcessor.postProcessEnvironment(second, new SpringApplication());

        String firstUrl = first.getProperty("spring.datasource.url");
        String secondUrl = second.getProperty("spring.datasource.url");
        assertThat(port(firstUrl)).isEqualTo(port(secondUrl));
        assertThat(firstUrl).isNotEqualTo(secondUrl);
        assertThat(query(firstUrl, "SELECT 1")).isEqualTo("1");
        assertThat(query(secondUrl, "SELECT 1")).isEqualTo("1");
    }

    @Test
    void leavesAnExplicitlyConfiguredDatasourceUrlAlone() {
        Path untouched = TestDirectories.newDataDir("untouched");
        ConfigurableEnvironment environment = environment(Map.of(
                "spring.datasource.url", "jdbc:mariadb://db.hall.example:3306/openhall",
                "openhall.embedded-db.data-dir", untouched.toString()));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:mariadb://db.hall.example:3306/openhall");
        assertThat(environment.getPropertySources()
                .contains(EmbeddedMariaDbEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(untouched).doesNotExist();
    }

    @Test
    void startsNothingWhenDisabled() {
        Path untouched = TestDirectories.newDataDir("disabled");
        ConfigurableEnvironment environment = environment(Map.of(
                "openhall.embedded-db.enabled", "false",
                "openhall.embedded-db.data-dir", untouched.toString()));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(untouched).doesNotExist();
    }

    @Test
    void givesASpringBootApplicationAReadCommittedDataSource() throws SQLException {
        String database = randomDatabase();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataSourceOnly.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "openhall.embedded-db.data-dir=" + DATA_DIR,
                        "openhall.embedded-db.base-dir=" + TestDirectories.BASE_DIR,
                        "openhall.embedded-db.database=" + database)
                .run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
                assertThat(connection.getCatalog()).isEqualTo(database);
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SELECT @@transaction_isolation")) {
                    result.next();
                    assertThat(result.getString(1)).isEqualTo("READ-COMMITTED");
                }
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class DataSourceOnly {
    }

    private static ConfigurableEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        return environment;
    }

    private static String randomDatabase() {
        return "test_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String port(String url) {
        return url.replaceAll("^jdbc:mariadb://[^:]+:(\\d+)/.*$", "$1");
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
