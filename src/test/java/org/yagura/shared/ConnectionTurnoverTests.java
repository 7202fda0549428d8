package org.yagura.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Constraints of the embedded database keep working after the connection that created them (Flyway's)
 * is closed, as happens whenever the pool retires a connection. With H2 2.4.240 every insert checked by
 * a {@code CHECK (x IN (…))} constraint failed from then on ("The database has been closed", h2database
 * issues 4302 and 4308) until the next restart; pom.xml pins an H2 with the fix. This is the shape of
 * Yagura's migrations (e.g. {@code taxonomy_class_source_ck}) in the URL mode Yagura uses.
 */
class ConnectionTurnoverTests {

    private final String url = "jdbc:h2:mem:turnover_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void checkConstraintsHoldAfterTheConnectionThatCreatedThemIsClosed() throws SQLException {
        try (Connection migration = DriverManager.getConnection(url, "sa", "");
                Statement ddl = migration.createStatement()) {
            ddl.execute("""
                    CREATE TABLE taxonomy_class (
                      id UUID NOT NULL PRIMARY KEY,
                      class_key VARCHAR(64) NOT NULL,
                      source VARCHAR(16) NOT NULL,
                      CONSTRAINT taxonomy_class_source_ck CHECK (source IN ('rsit', 'local')))""");
        }
        try (Connection later = DriverManager.getConnection(url, "sa", "")) {
            insert(later, "phishing", "local");
            try (ResultSet rs = later.createStatement().executeQuery("SELECT source FROM taxonomy_class")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("local");
            }
            assertThatThrownBy(() -> insert(later, "other", "elsewhere"))
                    .as("and still refuses what it should")
                    .isInstanceOf(SQLException.class).hasMessageContaining("taxonomy_class_source_ck");
        }
        try (Connection cleanup = DriverManager.getConnection(url, "sa", "")) {
            cleanup.createStatement().execute("SHUTDOWN");
        }
    }

    private static void insert(Connection connection, String key, String source) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO taxonomy_class (id, class_key, source) VALUES (?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, key);
            insert.setString(3, source);
            insert.executeUpdate();
        }
    }
}
