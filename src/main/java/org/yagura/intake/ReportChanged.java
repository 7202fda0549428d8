package org.yagura.intake;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/** A report was received ({@code report.received}) or triaged ({@code report.triaged}). */
public record ReportChanged(Actor actor, String action, UUID reportId, String key, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "report";
    }

    @Override
    public String subjectId() {
        return key;
    }
}
