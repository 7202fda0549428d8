package org.yagura.shared;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes the planner's statistics of tables after a bulk load (the generators and benchmarks): without
 * them PostgreSQL, with autovacuum off or before it runs, guesses row counts far off and picks sequential
 * scans and hash joins where an index answers in milliseconds.
 */
public final class TableStatistics {

    private TableStatistics() {
    }

    /** {@code ANALYZE} on PostgreSQL, {@code ANALYZE TABLE} on H2, for each table. */
    public static void refresh(JdbcTemplate jdbc, String... tables) {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
        for (String table : tables) {
            jdbc.execute((postgres ? "ANALYZE " : "ANALYZE TABLE ") + table);
        }
    }
}
