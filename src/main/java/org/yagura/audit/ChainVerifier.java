package org.yagura.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the chain in sequence order, a batch at a time so that memory stays constant, and names the
 * first entry that fails: altered (its hash no longer matches its fields), badly linked (its previous
 * hash is not the hash of the entry before it) or missing (a gap in the sequence, or the head points
 * past the last entry).
 */
class ChainVerifier {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in one snapshot; entries appended after the head was read are left for the next check. */
    AuditVerification verify() {
        ChainHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query(ChainHead.ROWS).single();
        Walk walk = new Walk();
        long after = 0;
        while (true) {
            List<AuditEntryView> batch = jdbc.sql("SELECT " + AuditEntrySearch.COLUMNS
                            + " FROM audit_entry WHERE seq > :after AND seq <= :last ORDER BY seq LIMIT :batch")
                    .param("after", after).param("last", head.lastSeq()).param("batch", BATCH)
                    .query(AuditEntrySearch.ROWS).list();
            batch.forEach(walk::step);
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).seq();
        }
        return walk.end(head);
    }

    /** The state of one walk along the chain. */
    private static final class Walk {
        private long expectedSeq = 1;
        private String expectedPrevHash = ChainedEntry.GENESIS_HASH;
        private long entries;
        private @Nullable Long firstBroken;

        void step(AuditEntryView stored) {
            entries++;
            if (firstBroken != null) {
                return;
            }
            if (stored.seq() != expectedSeq) {
                firstBroken = expectedSeq;
                return;
            }
            ChainedEntry entry = new ChainedEntry(stored.seq(), stored.occurredAt(), stored.actor(),
                    stored.clientAddress(), stored.action(), stored.subjectType(), stored.subjectId(),
                    stored.summary(), stored.prevHash());
            if (!stored.prevHash().equals(expectedPrevHash) || !entry.computeHash().equals(stored.hash())) {
                firstBroken = stored.seq();
                return;
            }
            expectedSeq = stored.seq() + 1;
            expectedPrevHash = stored.hash();
        }

        AuditVerification end(ChainHead head) {
            if (firstBroken == null && expectedSeq - 1 != head.lastSeq()) {
                firstBroken = expectedSeq;
            } else if (firstBroken == null && !expectedPrevHash.equals(head.lastHash())) {
                firstBroken = head.lastSeq();
            }
            return firstBroken == null ? AuditVerification.intact(entries)
                    : AuditVerification.broken(entries, firstBroken);
        }
    }
}
