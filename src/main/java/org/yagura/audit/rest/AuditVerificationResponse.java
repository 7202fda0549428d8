package org.yagura.audit.rest;

import org.jspecify.annotations.Nullable;
import org.yagura.audit.AuditVerification;

/** Whether the chain is intact, how many entries were checked, and the first entry that fails (or null). */
record AuditVerificationResponse(boolean intact, long entries, @Nullable Long firstBrokenEntry) {

    static AuditVerificationResponse from(AuditVerification result) {
        return new AuditVerificationResponse(result.intact(), result.entries(), result.firstBrokenEntry());
    }
}
