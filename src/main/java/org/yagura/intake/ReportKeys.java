package org.yagura.intake;

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
 * Hands out human keys {@code RPT-YYYY-NNNNN}, gap-free per year: numbers are taken by updating one
 * counter row inside the caller's transaction, so they are released again if it rolls back, and two
 * transactions never get the same number.
 */
@Component
class ReportKeys {

    private final JdbcClient jdbc;

    ReportKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code count} keys of the current year (UTC). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> next(int count) {
        int year = Year.now(ZoneOffset.UTC).getValue();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("UPDATE intake_key_counter SET last_value = last_value + ? WHERE counter_year = ?")
                    .params(count, year).update();
            if (updated == 0) {
                try {
                    insertCounter(year);
                } catch (DuplicateKeyException anotherTransactionWasFirst) {
                    // fall through and update the row it created
                }
                continue;
            }
            int last = jdbc.sql("SELECT last_value FROM intake_key_counter WHERE counter_year = ?").param(year)
                    .query(Integer.class).single();
            List<String> keys = new ArrayList<>(count);
            for (int n = last - count + 1; n <= last; n++) {
                keys.add(String.format("RPT-%d-%05d", year, n));
            }
            return keys;
        }
        throw new IllegalStateException("could not take report numbers for " + year);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void insertCounter(int year) {
        jdbc.sql("INSERT INTO intake_key_counter (counter_year, last_value) VALUES (?, 0)").param(year).update();
    }
}
