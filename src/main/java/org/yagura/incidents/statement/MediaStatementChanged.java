package org.yagura.incidents.statement;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A media statement changed: {@code statement.drafted}, {@code statement.edited}, {@code statement.submitted},
 * {@code statement.approved}, {@code statement.released}. Subject: the statement's id; the summary names the incident.
 */
public record MediaStatementChanged(Actor actor, String action, UUID statementId, String incidentKey, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "media-statement";
    }

    @Override
    public String subjectId() {
        return statementId.toString();
    }
}
