package org.yagura.identity;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A team was created, renamed or deleted, or its members changed: {@code team.created},
 * {@code team.updated}, {@code team.deleted}, {@code team.member-added}, {@code team.member-removed}.
 */
public record TeamChanged(Actor actor, String action, UUID teamId, String summary) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "team";
    }

    @Override
    public String subjectId() {
        return teamId.toString();
    }
}
