package org.yagura.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/**
 * The audit trail's front door: appends entries to the hash chain, lists them and verifies the chain.
 * Other modules never call it; they publish {@link AuditableEvent}s, which {@code AuditListener} appends.
 */
@Service
public class AuditTrail {

    /** H2 gives up waiting for a row lock after a second; under a burst of appends we wait longer. */
    private static final int LOCK_ATTEMPTS = 30;
    private static final int MAX_SUMMARY = 100_000;

    private final JdbcClient jdbc;
    private final AuditEntrySearch search;
    private final ChainVerifier verifier;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.search = new AuditEntrySearch(jdbc);
        this.verifier = new ChainVerifier(jdbc);
    }

    /**
     * Appends one entry for {@code event} at the end of the chain and returns it; an event already
     * recorded (the same actor, address, time, action, subject and summary) is returned, not repeated.
     */
    @Transactional
    public AuditEntryView append(AuditableEvent event) {
        Actor actor = Objects.requireNonNullElseGet(event.actor(), Actor::system);
        ChainHead head = lockHead();
        ChainedEntry entry = new ChainedEntry(head.lastSeq() + 1,
                Objects.requireNonNullElseGet(actor.at(), Instant::now).truncatedTo(ChronoUnit.MICROS),
                clip(actor.username(), 200), clipOrNull(actor.clientAddress(), 64), clip(event.action(), 100),
                clip(event.subjectType(), 64), clip(event.subjectId(), 200), clip(event.summary(), MAX_SUMMARY),
                head.lastHash());
        // events are delivered at least once (resubmitted after a crash), so a second delivery must not count
        Optional<AuditEntryView> recorded = search.findSame(entry);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        String hash = entry.computeHash();
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, recorded_at, actor, client_address, action, subject_type,
                                         subject_id, summary, prev_hash, hash)
                VALUES (:seq, :occurredAt, :recordedAt, :actor, :clientAddress, :action, :subjectType,
                        :subjectId, :summary, :prevHash, :hash)""")
                .param("seq", entry.seq())
                .param("occurredAt", utc(entry.occurredAt()))
                .param("recordedAt", utc(recordedAt))
                .param("actor", entry.actor())
                .param("clientAddress", entry.clientAddress())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("summary", entry.summary())
                .param("prevHash", entry.prevHash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", entry.seq()).param("hash", hash).update();
        return new AuditEntryView(entry.seq(), entry.occurredAt(), recordedAt, entry.actor(), entry.clientAddress(),
                entry.action(), entry.subjectType(), entry.subjectId(), entry.summary(), entry.prevHash(), hash);
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
