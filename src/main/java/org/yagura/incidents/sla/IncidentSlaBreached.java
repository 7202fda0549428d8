package org.yagura.incidents.sla;

import java.time.Instant;
import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A clock of a record passed its due time without being stopped, noticed at {@code breachedAt}.
 * Published exactly once per clock, for notifications; the audit trail records it as
 * {@code sla.breached}.
 */
public record IncidentSlaBreached(UUID recordId, SlaKind kind, Instant dueAt, Instant breachedAt)
        implements AuditableEvent {

    @Override
    public Actor actor() {
        return new Actor(Actor.SYSTEM, null, breachedAt);
    }

    @Override
    public String action() {
        return "sla.breached";
    }

    @Override
    public String subjectType() {
        return "incident";
    }

    @Override
    public String subjectId() {
        return recordId.toString();
    }

    @Override
    public String summary() {
        return kind + " due " + dueAt + ", breach noticed " + breachedAt;
    }
}
