package org.yagura.artifacts;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * An evidence item was recorded ({@code evidence.recorded}), a transfer requested or confirmed
 * ({@code evidence.transfer-requested}, {@code evidence.transfer-confirmed}) or its integrity verified
 * ({@code evidence.verified}).
 */
public record EvidenceChanged(Actor actor, String action, UUID evidenceId, String key, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "evidence";
    }

    @Override
    public String subjectId() {
        return key;
    }
}
