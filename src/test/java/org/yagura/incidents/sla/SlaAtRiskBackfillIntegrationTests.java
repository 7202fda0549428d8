package org.yagura.incidents.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yagura.taxonomy.Priority;

/** Migration V6_13 computes the at-risk instant of running clocks exactly as the service stores it. */
@SpringBootTest
class SlaAtRiskBackfillIntegrationTests {

    @Autowired SlaClockService clocks;
    @Autowired SlaClockStore store;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void fillsTheAtRiskInstantOfRunningClocksAndLeavesWaitingOnesEmpty() throws Exception {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
        UUID running = UUID.randomUUID();
        clocks.start(running, SlaKind.CONTAIN, Priority.P3, start);
        clocks.start(running, SlaKind.RESOLVE, Priority.P1, start);
        UUID waiting = UUID.randomUUID();
        clocks.start(waiting, SlaKind.ACKNOWLEDGE, Priority.P2, start);
        clocks.pause(waiting, start.plus(10, ChronoUnit.MINUTES));
        Optional<Instant> contain = store.atRiskAt(running, SlaKind.CONTAIN);
        Optional<Instant> resolve = store.atRiskAt(running, SlaKind.RESOLVE);
        assertThat(contain).isPresent();
        assertThat(resolve).contains(start.truncatedTo(ChronoUnit.MICROS).plus(18, ChronoUnit.HOURS));
        assertThat(store.atRiskAt(waiting, SlaKind.ACKNOWLEDGE)).isEmpty();

        jdbc.sql("UPDATE sla_clock SET at_risk_at = NULL WHERE record_id IN (?, ?)").params(running, waiting).update();
        assertThat(store.atRiskAt(running, SlaKind.CONTAIN)).isEmpty();
        try (Connection connection = dataSource.getConnection()) {
            new SlaAtRiskBackfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        assertThat(store.atRiskAt(running, SlaKind.CONTAIN)).isEqualTo(contain);
        assertThat(store.atRiskAt(running, SlaKind.RESOLVE)).isEqualTo(resolve);
        assertThat(store.atRiskAt(waiting, SlaKind.ACKNOWLEDGE)).isEmpty();
    }
}
