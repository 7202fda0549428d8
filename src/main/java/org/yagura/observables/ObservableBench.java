package org.yagura.observables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The baselines of the observables benchmark: plain JDBC, no service, no checks. */
@Component
class ObservableBench {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    ObservableBench(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Inserts the same rows into a scratch copy of the table with a plain batch; returns nanoseconds. The table is dropped. */
    long plainInsert(int n, int batch, BiFunction<Integer, Integer, List<ObservableValue>> values) {
        jdbc.execute("DROP TABLE IF EXISTS bench_observable");
        jdbc.execute("CREATE TABLE bench_observable (id UUID NOT NULL PRIMARY KEY, obs_type VARCHAR(24) NOT NULL, "
                + "other_type VARCHAR(64), obs_value VARCHAR NOT NULL, display VARCHAR NOT NULL, host VARCHAR(255), "
                + "registered_domain VARCHAR(255), record_count INT NOT NULL, correlate_override BOOLEAN NOT NULL, "
                + "first_seen TIMESTAMP WITH TIME ZONE NOT NULL, last_seen TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        // the same indexes as observable: the baseline writes the same rows into the same shape
        jdbc.execute("CREATE INDEX bench_observable_list_idx ON bench_observable (first_seen, id)");
        jdbc.execute("CREATE INDEX bench_observable_host_idx ON bench_observable (host)");
        jdbc.execute("CREATE INDEX bench_observable_registered_idx ON bench_observable (registered_domain)");
        Timestamp now = Timestamp.from(Instant.now());
        long start = System.nanoTime();
        for (int from = 0; from < n; from += batch) {
            List<ObservableValue> chunk = values.apply(from, Math.min(n, from + batch));
            tx.executeWithoutResult(s -> jdbc.batchUpdate("INSERT INTO bench_observable VALUES (?, ?, NULL, ?, ?, ?, ?, 0, FALSE, ?, ?, ?)",
                    chunk.stream().map(v -> StoredObservable.fresh(v, now.toInstant())).map(o -> new Object[] {o.id(),
                            o.value().type().name(), o.value().value(), o.value().display(), o.host(), o.registeredDomain(), now, now,
                            now}).toList()));
        }
        long elapsed = System.nanoTime() - start;
        jdbc.execute("DROP TABLE bench_observable");
        return elapsed;
    }

    /** Loads the values' ids into a scratch table and joins it with {@code observable}; returns nanoseconds and rows found. */
    long[] plainJoin(List<ObservableValue> values) {
        // as after any bulk load (this machine's PostgreSQL runs without autovacuum): statistics for the planner
        org.yagura.shared.TableStatistics.refresh(jdbc, "observable", "observable_link", "observable_cidr_prefix");
        jdbc.execute("DROP TABLE IF EXISTS bench_match");
        jdbc.execute("CREATE TABLE bench_match (id UUID NOT NULL PRIMARY KEY)");
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>(values.size());
        values.stream().map(ObservableIds::of).distinct().forEach(id -> rows.add(new Object[] {id}));
        Long found = tx.execute(s -> {
            jdbc.batchUpdate("INSERT INTO bench_match (id) VALUES (?)", rows);
            return jdbc.queryForObject("SELECT COUNT(o.obs_value) FROM bench_match m JOIN observable o ON o.id = m.id", Long.class);
        });
        long elapsed = System.nanoTime() - start;
        jdbc.execute("DROP TABLE bench_match");
        return new long[] {elapsed, found == null ? 0 : found};
    }

    /** A match request body: {@code {"items":[{"type":"ipv4","value":"…"},…]}}. */
    static String matchRequest(List<ObservableValue> values) {
        var json = new StringBuilder(values.size() * 60).append("{\"items\":[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"").append(values.get(i).type().key()).append("\",\"value\":\"")
                    .append(values.get(i).value()).append("\"}");
        }
        return json.append("]}").toString();
    }
}
