package org.yagura.incidents;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/** A playbook was reworded by a team lead. */
public record PlaybookChanged(Actor actor, String action, String playbookId, String summary) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "playbook";
    }

    @Override
    public String subjectId() {
        return playbookId;
    }
}
