package org.yagura.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.Actor;
import org.yagura.shared.api.CursorRequest;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;
    private final IncompleteEventPublications outstanding;

    @Autowired
    AuditTrailIntegrationTests(AuditTrail trail, ApplicationEventPublisher events, TransactionTemplate transactions,
            JdbcTemplate jdbc, EventSerializer serializer, IncompleteEventPublications outstanding) {
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.outstanding = outstanding;
    }

    @Test
    void recordsAPublishedEventOnceItsTransactionCommits() {
        UUID sampleId = UUID.randomUUID();
        Actor actor = new Actor("alice", "198.51.100.7", Instant.parse("2026-11-25T09:00:00.123456Z"));

        transactions.executeWithoutResult(tx -> events.publishEvent(
                new AuditFixtures.SampleRenamed(actor, sampleId, "old", "new")));

        List<AuditEntryView> found = await().atMost(Duration.ofSeconds(10)).until(
                () -> entriesFor(sampleId.toString()), list -> !list.isEmpty());
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.clientAddress()).isEqualTo("198.51.100.7");
            assertThat(entry.occurredAt()).isEqualTo(actor.at());
            assertThat(entry.action()).isEqualTo("sample.renamed");
            assertThat(entry.subjectType()).isEqualTo("sample");
            assertThat(entry.summary()).isEqualTo("name: old → new");
            assertThat(entry.recordedAt()).isAfterOrEqualTo(entry.occurredAt());
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void marksTheEventPublicationCompletedOnceTheEntryIsWritten() {
        String subjectId = UUID.randomUUID().toString();

        transactions.executeWithoutResult(tx ->
                events.publishEvent(AuditFixtures.change("bob", "sample.closed", subjectId)));

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL",
                Long.class, "%" + subjectId + "%") == 1L);
        assertThat(entriesFor(subjectId)).hasSize(1);
    }

    @Test
    void recordsAnEventPublishedOutsideAnyTransactionAtOnceAndOnlyOnce() {
        String subjectId = UUID.randomUUID().toString();

        events.publishEvent(AuditFixtures.change("anonymous", "login.failed", subjectId));

        assertThat(entriesFor(subjectId)).hasSize(1);
        outstanding.resubmitIncompletePublications(publication -> publication.getEvent().toString().contains(subjectId));
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication"
                + " WHERE serialized_event LIKE ? AND completion_date IS NULL", Long.class, "%" + subjectId + "%") == 0);
        assertThat(entriesFor(subjectId)).hasSize(1);
    }

    @Test
    void recordsAnEventDeliveredTwiceOnlyOnce() {
        AuditFixtures.RecordedChange change = AuditFixtures.change("bob", "sample.opened", UUID.randomUUID().toString());

        AuditEntryView first = trail.append(change);
        AuditEntryView second = trail.append(change);

        assertThat(second).isEqualTo(first);
        assertThat(entriesFor(change.subjectId())).hasSize(1);
    }

    @Test
    void recordsNothingWhenTheTransactionRollsBack() {
        String subjectId = UUID.randomUUID().toString();

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(AuditFixtures.change("bob", "sample.deleted", subjectId));
            tx.setRollbackOnly();
        });

        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> entriesFor(subjectId).isEmpty());
    }

    @Test
    void eventsRoundTripThroughThePublicationRegistrySerializer() {
        var renamed = new AuditFixtures.SampleRenamed(
                new Actor("alice", null, Instant.parse("2026-11-25T09:00:00.123456Z")), UUID.randomUUID(), "a", "b");
        var change = AuditFixtures.change("bob", "sample.opened", "S-1");

        assertThat(serializer.deserialize(serializer.serialize(renamed), AuditFixtures.SampleRenamed.class))
                .isEqualTo(renamed);
        assertThat(serializer.deserialize(serializer.serialize(change), AuditFixtures.RecordedChange.class))
                .isEqualTo(change);
    }

    @Test
    void concurrentAppendsKeepTheChainIntactAndWithoutGaps() throws Exception {
        String actor = AuditFixtures.uniqueActor("concurrent");
        int threads = 6;
        int perThread = 20;
        long before = headSeq();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.append(AuditFixtures.change(actor, "sample.touched", thread + "-" + i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<Long> seqs = jdbc.queryForList("SELECT seq FROM audit_entry WHERE actor = ? ORDER BY seq",
                Long.class, actor);
        assertThat(seqs).hasSize(threads * perThread).doesNotHaveDuplicates().allMatch(seq -> seq > before);
        assertThat(headSeq()).isGreaterThanOrEqualTo(before + threads * perThread);
        AuditVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenEntry()).isNull();
        assertThat(result.entries()).isEqualTo(headSeq());
    }

    @Test
    void clipsValuesLongerThanTheirColumns() {
        var change = new AuditFixtures.RecordedChange(new Actor("x".repeat(300), null, Instant.now()),
                "a".repeat(150), "sample", UUID.randomUUID().toString(), "summary");

        AuditEntryView entry = trail.append(change);

        assertThat(entry.actor()).hasSize(200);
        assertThat(entry.action()).hasSize(100);
        assertThat(trail.verify().intact()).isTrue();
    }

    private List<AuditEntryView> entriesFor(String subjectId) {
        return trail.search(new AuditFilter(null, null, null, subjectId, null, null), CursorRequest.first(10)).items();
    }

    private long headSeq() {
        return jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
    }
}
