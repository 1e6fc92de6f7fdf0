package org.standby.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as the packaged service opens it (the default URL of application.properties) survives a
 * thread interrupted during a write: H2's plain file channel closes on an interrupt and takes the whole database
 * down ("The database has been closed") until a restart; the {@code retry:} file system reopens it. Interrupts
 * happen in normal operation: a Quartz job stopped at shutdown, a request cancelled by its client.
 */
class H2DatabaseUrlTest {

    @Test
    void aWriteOnAnInterruptedThreadDoesNotCloseTheDatabase(@TempDir Path dir) throws Exception {
        String url = defaultUrl().replace("${standby.data-dir}", dir.toString());
        try (Connection connection = DriverManager.getConnection(url, "standby", "standby")) {
            execute(connection, "create table t (id int)");
            Thread.currentThread().interrupt();
            try {
                execute(connection, "insert into t values (1)");
            } finally {
                Thread.interrupted(); // clear it whatever happened, for the rest of the test run
            }
            execute(connection, "insert into t values (2)");
            assertThat(count(connection)).isEqualTo(2);
        }
        try (Connection reopened = DriverManager.getConnection(url, "standby", "standby")) {
            assertThat(count(reopened)).as("both rows are on disk").isEqualTo(2);
        }
    }

    @Test
    void theDefaultUrlIsAFileDatabaseThatWritesEachCommit() throws IOException {
        assertThat(defaultUrl()).startsWith("jdbc:h2:retry:file:").contains("WRITE_DELAY=0");
    }

    private static String defaultUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2DatabaseUrlTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.datasource.jdbc.url");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from t")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
