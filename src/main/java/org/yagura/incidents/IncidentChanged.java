package org.yagura.incidents;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/** Something about an incident changed: opened, edited, moved, a task, a journal entry, a report attached. */
public record IncidentChanged(Actor actor, String action, UUID incidentId, String key, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "incident";
    }

    @Override
    public String subjectId() {
        return key;
    }
}
