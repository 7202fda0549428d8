package org.yagura.incidents;

import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The start-up rebuild of the full-text index: only when there are incidents and the index is empty or outdated. */
class IncidentTextIndexListenerTests {

    private final IncidentTextIndex index = mock(IncidentTextIndex.class);
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        jdbc = JdbcClient.create(new SingleConnectionDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL", true));
        jdbc.sql("CREATE TABLE incident (id UUID PRIMARY KEY)").update();
    }

    @Test
    void withoutIncidentsTheIndexIsNotEvenOpened() {
        new IncidentTextIndexListener(index, jdbc).rebuildWhenEmpty();

        verify(index, after(500).never()).indexedCount();
        verify(index, never()).reindexAll();
    }

    @Test
    void anEmptyIndexIsRebuiltWhenThereAreIncidents() {
        jdbc.sql("INSERT INTO incident (id) VALUES (:id)").param("id", UUID.randomUUID()).update();
        when(index.indexedCount()).thenReturn(0L);

        new IncidentTextIndexListener(index, jdbc).rebuildWhenEmpty();

        verify(index, timeout(5_000)).reindexAll();
    }

    @Test
    void aFilledIndexIsLeftAlone() {
        jdbc.sql("INSERT INTO incident (id) VALUES (:id)").param("id", UUID.randomUUID()).update();
        when(index.indexedCount()).thenReturn(3L);
        when(index.outdatedCount()).thenReturn(0L);

        new IncidentTextIndexListener(index, jdbc).rebuildWhenEmpty();

        verify(index, timeout(5_000)).outdatedCount();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> verify(index, never()).reindexAll());
    }

    @Test
    void anIndexWithDocumentsOfAnOlderLayoutIsRebuilt() {
        jdbc.sql("INSERT INTO incident (id) VALUES (:id)").param("id", UUID.randomUUID()).update();
        when(index.indexedCount()).thenReturn(3L);
        when(index.outdatedCount()).thenReturn(1L);

        new IncidentTextIndexListener(index, jdbc).rebuildWhenEmpty();

        verify(index, timeout(5_000)).reindexAll();
    }
}
