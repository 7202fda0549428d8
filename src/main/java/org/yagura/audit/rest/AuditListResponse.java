package org.yagura.audit.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.audit.AuditEntryView;
import org.yagura.shared.api.CursorPage;

/** One page of audit entries; {@code next} is the cursor of the following page, null on the last. */
record AuditListResponse(List<AuditEntryResponse> items, @Nullable String next) {

    static AuditListResponse from(CursorPage<AuditEntryView> page) {
        return new AuditListResponse(page.items().stream().map(AuditEntryResponse::from).toList(), page.next());
    }
}
