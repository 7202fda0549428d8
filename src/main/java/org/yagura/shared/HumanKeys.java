package org.yagura.shared;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human keys such as {@code RPT-2026-00001} or {@code IR-2026-0042}, per series and year: numbers are
 * taken by updating one counter row, so two transactions never get the same number. {@link #next} does it
 * inside the caller's transaction, so the numbers are released again if it rolls back (gap-free);
 * {@link #nextFromSequence} from a database sequence without a lock, for series where throughput matters more.
 */
@Component
public class HumanKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    /** Bases never change once recorded, so each node reads a year's base once. */
    private final Map<String, Long> sequenceBases = new ConcurrentHashMap<>();

    HumanKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next {@code count} keys of the series in the current year (UTC), {@code digits} wide, gap-free: the
     * counter row stays locked until the caller's transaction ends, so concurrent callers take turns for that long.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> next(String series, int digits, int count) {
        return take(series, digits, count);
    }

    /**
     * The next {@code count} keys of a series numbered by the database sequence {@code key_seq_<series>}
     * (created by a migration), without any lock: unique and increasing, but not gap-free, since a
     * sequence value taken by a transaction that then fails is not taken again. Each year's numbers
     * start at 1: they are the sequence values minus that year's base, recorded by its first caller.
     */
    public List<String> nextFromSequence(String series, int digits, int count) {
        int year = Year.now(ZoneOffset.UTC).getValue();
        String sequence = "key_seq_" + series.toLowerCase(java.util.Locale.ROOT);
        if (!sequence.matches("key_seq_[a-z]+")) {
            throw new IllegalArgumentException("series " + series);
        }
        List<String> keys = new ArrayList<>(count);
        while (keys.size() < count) {
            List<Long> values = jdbc.sql("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    + "SELECT nextval('" + sequence + "') FROM n").param(count - keys.size()).query(Long.class).list()
                    .stream().sorted().toList();
            long base = sequenceBase(series, year, values.get(0) - 1);
            for (long value : values) {
                // a value taken just before another node recorded the year's base is below it: take another
                if (value > base) {
                    keys.add(key(series, year, digits, Math.toIntExact(value - base)));
                }
            }
        }
        return keys;
    }

    /** The year's base of a sequence-numbered series, recorded as {@code proposed} by the year's first caller. */
    private long sequenceBase(String series, int year, long proposed) {
        return sequenceBases.computeIfAbsent(series + "-" + year, k -> ownTransaction.execute(tx -> {
            jdbc.sql("INSERT INTO key_sequence_base (series, counter_year, base) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(series, year, proposed).update();
            return jdbc.sql("SELECT base FROM key_sequence_base WHERE series = ? AND counter_year = ?")
                    .params(series, year).query(Long.class).single();
        }));
    }

    private List<String> take(String series, int digits, int count) {
        int year = Year.now(ZoneOffset.UTC).getValue();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("UPDATE key_counter SET last_value = last_value + ? WHERE series = ? AND counter_year = ?")
                    .params(count, series, year).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO key_counter (series, counter_year, last_value) VALUES (?, ?, 0)")
                            .params(series, year).update();
                } catch (DuplicateKeyException anotherTransactionWasFirst) {
                    // its row is there now: update it on the next attempt
                }
                continue;
            }
            int last = jdbc.sql("SELECT last_value FROM key_counter WHERE series = ? AND counter_year = ?")
                    .params(series, year).query(Integer.class).single();
            List<String> keys = new ArrayList<>(count);
            for (int n = last - count + 1; n <= last; n++) {
                keys.add(key(series, year, digits, n));
            }
            return keys;
        }
        throw new IllegalStateException("could not take numbers of series " + series + " for " + year);
    }

    /** {@code series-year-n}, n zero-padded to {@code digits} (wider numbers are kept whole). */
    static String key(String series, int year, int digits, int n) {
        String number = Integer.toString(n);
        StringBuilder key = new StringBuilder(series.length() + 6 + Math.max(digits, number.length()))
                .append(series).append('-').append(year).append('-');
        for (int pad = number.length(); pad < digits; pad++) {
            key.append('0');
        }
        return key.append(number).toString();
    }
}
