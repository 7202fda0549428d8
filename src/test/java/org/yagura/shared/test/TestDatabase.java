package org.yagura.shared.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run a database of its own: an in-memory H2 database by default, or a fresh
 * schema in the PostgreSQL at 127.0.0.1:5432 (database {@code test}) when {@code yagura.test.db}
 * or {@code YAGURA_TEST_DB} is {@code postgres}. The schema is dropped when the run ends.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String PG_BASE = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String PG_USER = "postgres";
    private static String schema;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Path dataDir = Files.createTempDirectory("yagura-test-");
            System.setProperty("yagura.data-dir", dataDir.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (isPostgres()) {
            schema = "t_" + id;
            execute("CREATE SCHEMA " + schema);
            System.setProperty("spring.datasource.url", PG_BASE + "?currentSchema=" + schema);
            System.setProperty("spring.datasource.username", PG_USER);
            System.setProperty("spring.datasource.password", "");
        } else {
            System.setProperty("spring.datasource.url", "jdbc:h2:mem:yagura_" + id
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            System.setProperty("spring.datasource.username", "sa");
            System.setProperty("spring.datasource.password", "");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    public static boolean isPostgres() {
        String db = System.getProperty("yagura.test.db");
        if (db == null || db.isBlank()) {
            db = System.getenv("YAGURA_TEST_DB");
        }
        return db != null && db.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    /** Creates another empty schema (for a second, independent server in one run) and returns its JDBC URL. */
    public static String newPostgresSchema(String name) {
        execute("CREATE SCHEMA " + name);
        return PG_BASE + "?currentSchema=" + name;
    }

    public static void dropPostgresSchema(String name) {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_BASE, PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database not reachable: " + e.getMessage(), e);
        }
    }
}
