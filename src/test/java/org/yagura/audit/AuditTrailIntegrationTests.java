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
    private final OutstandingAuditPublications outstandingAudit;

    @Autowired
    AuditTrailIntegrationTests(AuditTrail trail, ApplicationEventPublisher events, TransactionTemplate transactions,
            JdbcTemplate jdbc, EventSerializer serializer, OutstandingAuditPublications outstandingAudit) {
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.outstandingAudit = outstandingAudit;
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
    void keepsTheEntryPendingWithTheChangeAndChainsItOnceTheTransactionCommits() {
        String subjectId = UUID.randomUUID().toString();

        long pendingInside = transactions.execute(tx -> {
            events.publishEvent(AuditFixtures.change("bob", "sample.closed", subjectId));
            return pendingFor(subjectId);
        });

        assertThat(pendingInside).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> entriesFor(subjectId).size() == 1);
        assertThat(pendingFor(subjectId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                Long.class, "%" + subjectId + "%")).as("no publication in the registry for the audit trail").isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void chainsEntriesThatAnotherNodeLeftPendingAtTheNextSweep() {
        String subjectId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO audit_pending (occurred_at, actor, client_address, action, subject_type, subject_id, summary)
                VALUES (?, 'node-b', NULL, 'sample.opened', 'sample', ?, 'written by a node that stopped')""",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), subjectId);

        List<AuditEntryView> found = await().atMost(Duration.ofSeconds(10)).until(
                () -> entriesFor(subjectId), list -> !list.isEmpty());

        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("node-b");
            assertThat(entry.clientAddress()).isNull();
            assertThat(entry.summary()).isEqualTo("written by a node that stopped");
        });
        assertThat(pendingFor(subjectId)).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void takesOverOutstandingPublicationsOfTheFormerRegistryListener() {
        String subjectId = UUID.randomUUID().toString();
        AuditFixtures.RecordedChange change = AuditFixtures.change("carol", "sample.reopened", subjectId);
        UUID publication = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                VALUES (?, ?, ?, ?, ?, 'PUBLISHED')""", publication, OutstandingAuditPublications.FORMER_LISTENER,
                change.getClass().getName(), serializer.serialize(change).toString(),
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));

        assertThat(outstandingAudit.takeOver()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> entriesFor(subjectId).size() == 1);
        assertThat(entriesFor(subjectId).get(0).occurredAt()).isEqualTo(change.actor().at());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE id = ? AND completion_date IS NOT NULL",
                Long.class, publication)).isEqualTo(1);
        assertThat(outstandingAudit.takeOver()).as("taken over once").isZero();
    }

    @Test
    void recordsAnEventPublishedInAReadOnlyTransactionAfterItCommits() {
        String subjectId = UUID.randomUUID().toString();
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(tx -> events.publishEvent(AuditFixtures.change("dave", "sample.viewed", subjectId)));

        assertThat(entriesFor(subjectId)).hasSize(1);
        assertThat(pendingFor(subjectId)).isZero();
    }

    @Test
    void recordsAnEventPublishedOutsideAnyTransactionAtOnce() {
        String subjectId = UUID.randomUUID().toString();

        events.publishEvent(AuditFixtures.change("anonymous", "login.failed", subjectId));

        assertThat(entriesFor(subjectId)).hasSize(1);
        assertThat(pendingFor(subjectId)).isZero();
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
        assertThat(pendingFor(subjectId)).isZero();
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
    void concurrentTransactionsEachGetOneEntryOnAnIntactChain() throws Exception {
        String actor = AuditFixtures.uniqueActor("tx-concurrent");
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String subject = thread + "-" + i;
                        transactions.executeWithoutResult(tx ->
                                events.publishEvent(AuditFixtures.change(actor, "sample.touched", subject)));
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

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE actor = ?", Long.class, actor) == threads * perThread);
        assertThat(jdbc.queryForList("SELECT subject_id FROM audit_entry WHERE actor = ?", String.class, actor))
                .doesNotHaveDuplicates();
        AuditVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
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

    private long pendingFor(String subjectId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_pending WHERE subject_id = ?", Long.class, subjectId);
    }

    private long headSeq() {
        return jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
    }
}
