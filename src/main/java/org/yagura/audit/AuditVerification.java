package org.yagura.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the hash chain: whether it is intact, how many entries were checked, and
 * the sequence number of the first entry that fails (altered, missing or badly linked), or null.
 */
public record AuditVerification(boolean intact, long entries, @Nullable Long firstBrokenEntry) {

    static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null);
    }

    static AuditVerification broken(long entries, long firstBrokenEntry) {
        return new AuditVerification(false, entries, firstBrokenEntry);
    }
}
