package org.yagura.shared;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human keys such as {@code RPT-2026-00001} or {@code IR-2026-0042}, gap-free per series and year:
 * numbers are taken by updating one counter row inside the caller's transaction, so they are
 * released again if it rolls back, and two transactions never get the same number.
 */
@Component
public class HumanKeys {

    private final JdbcClient jdbc;

    HumanKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code count} keys of the series in the current year (UTC), {@code digits} wide. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> next(String series, int digits, int count) {
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
