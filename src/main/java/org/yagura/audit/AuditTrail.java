package org.yagura.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/**
 * The audit trail's front door: appends entries to the hash chain, lists them and verifies the chain.
 * Other modules never call it; they publish {@link AuditableEvent}s, which {@code AuditListener} records.
 */
@Service
public class AuditTrail {

    /** H2 gives up waiting for a row lock after a second; under a burst of appends we wait longer. */
    private static final int LOCK_ATTEMPTS = 30;
    private static final int MAX_SUMMARY = 100_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditEntrySearch search;
    private final ChainVerifier verifier;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.search = new AuditEntrySearch(jdbc);
        this.verifier = new ChainVerifier(jdbc);
    }

    /**
     * Appends one entry for {@code event} at the end of the chain and returns it; an event already
     * recorded (the same actor, address, time, action, subject and summary) is returned, not repeated.
     * For events published outside a transaction; within one, {@link #enqueue} keeps the entry with the change.
     */
    @Transactional
    public AuditEntryView append(AuditableEvent event) {
        ChainHead head = lockHead();
        ChainedEntry entry = entryAfter(head, fieldsOf(event));
        // a caller may deliver the same event twice (a retried command, say); the second must not count
        Optional<AuditEntryView> recorded = search.findSame(entry);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        AuditEntryView written = insert(List.of(entry)).get(0);
        moveHead(written.seq(), written.hash());
        return written;
    }

    /** {@link #append}, in a transaction of its own (for an event whose own transaction has ended). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntryView appendOnItsOwn(AuditableEvent event) {
        return append(event);
    }

    /**
     * Writes {@code event} as a pending entry in the caller's transaction, so that it commits or rolls back
     * with the change it records; {@link #chainPending} later puts it on the chain.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(AuditableEvent event) {
        Fields f = fieldsOf(event);
        jdbc.sql("""
                INSERT INTO audit_pending (occurred_at, actor, client_address, action, subject_type, subject_id, summary)
                VALUES (:occurredAt, :actor, :clientAddress, :action, :subjectType, :subjectId, :summary)""")
                .param("occurredAt", utc(f.occurredAt()))
                .param("actor", f.actor())
                .param("clientAddress", f.clientAddress())
                .param("action", f.action())
                .param("subjectType", f.subjectType())
                .param("subjectId", f.subjectId())
                .param("summary", f.summary())
                .update();
    }

    /** Whether any entry waits to be chained (a read without locks, for the periodic sweep). */
    @Transactional(readOnly = true)
    boolean hasPending() {
        return jdbc.sql("SELECT id FROM audit_pending FETCH FIRST 1 ROWS ONLY").query(Long.class).optional().isPresent();
    }

    /**
     * Moves up to {@code max} pending entries, oldest first, onto the chain under one lock of its head, and
     * returns how many it moved. Each pending entry is chained exactly once: it is deleted in the same transaction.
     */
    @Transactional
    public int chainPending(int max) {
        ChainHead head = lockHead();
        List<Pending> pending = jdbc.sql("""
                SELECT id, occurred_at, actor, client_address, action, subject_type, subject_id, summary
                  FROM audit_pending ORDER BY id FETCH FIRST :max ROWS ONLY""")
                .param("max", max)
                .query((rs, row) -> new Pending(rs.getLong("id"), new Fields(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("client_address"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getString("summary"))))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        List<ChainedEntry> entries = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            ChainedEntry entry = entryAfter(head, p.fields());
            entries.add(entry);
            head = new ChainHead(entry.seq(), entry.computeHash());
        }
        insert(entries);
        jdbcTemplate.batchUpdate("DELETE FROM audit_pending WHERE id = ?",
                pending.stream().map(p -> new Object[] {p.id()}).toList());
        moveHead(head.lastSeq(), head.lastHash());
        return pending.size();
    }

    /** One page of entries matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public CursorPage<AuditEntryView> search(AuditFilter filter, CursorRequest page) {
        return search.search(filter, page);
    }

    /**
     * Recomputes every entry's hash and link, in sequence order and in batches, and checks that no
     * sequence number is missing and that the chain's head matches its last entry.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** Locks the head row, so that appends from every thread and node take their turn. */
    private ChainHead lockHead() {
        for (int attempt = 1;; attempt++) {
            try {
                return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                        .query(ChainHead.ROWS).single();
            } catch (TransientDataAccessException busy) {
                // PostgreSQL waits for the lock without a timeout; only H2 times out and can retry the statement
                if (attempt == LOCK_ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }

    private static Fields fieldsOf(AuditableEvent event) {
        Actor actor = Objects.requireNonNullElseGet(event.actor(), Actor::system);
        return new Fields(Objects.requireNonNullElseGet(actor.at(), Instant::now).truncatedTo(ChronoUnit.MICROS),
                clip(actor.username(), 200), clipOrNull(actor.clientAddress(), 64), clip(event.action(), 100),
                clip(event.subjectType(), 64), clip(event.subjectId(), 200), clip(event.summary(), MAX_SUMMARY));
    }

    private static ChainedEntry entryAfter(ChainHead head, Fields f) {
        return new ChainedEntry(head.lastSeq() + 1, f.occurredAt(), f.actor(), f.clientAddress(), f.action(),
                f.subjectType(), f.subjectId(), f.summary(), head.lastHash());
    }

    /** Inserts {@code entries} (consecutive, already linked) in one batch and returns them as stored. */
    private List<AuditEntryView> insert(List<ChainedEntry> entries) {
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditEntryView> written = new ArrayList<>(entries.size());
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (ChainedEntry e : entries) {
            String hash = e.computeHash();
            written.add(new AuditEntryView(e.seq(), e.occurredAt(), recordedAt, e.actor(), e.clientAddress(),
                    e.action(), e.subjectType(), e.subjectId(), e.summary(), e.prevHash(), hash));
            rows.add(new Object[] {e.seq(), utc(e.occurredAt()), utc(recordedAt), e.actor(), e.clientAddress(),
                    e.action(), e.subjectType(), e.subjectId(), e.summary(), e.prevHash(), hash});
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO audit_entry (seq, occurred_at, recorded_at, actor, client_address, action, subject_type,
                                         subject_id, summary, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return written;
    }

    private void moveHead(long seq, String hash) {
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    /** What an entry records, cut to the columns' sizes. */
    private record Fields(Instant occurredAt, String actor, @Nullable String clientAddress, String action,
            String subjectType, String subjectId, String summary) {
    }

    private record Pending(long id, Fields fields) {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(@Nullable String value, int max) {
        String clipped = clipOrNull(value, max);
        return clipped == null ? "" : clipped;
    }

    /** Cuts a value to its column's size, never between the two halves of a surrogate pair. */
    private static @Nullable String clipOrNull(@Nullable String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
