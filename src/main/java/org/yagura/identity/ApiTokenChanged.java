package org.yagura.identity;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/** An API token was created ({@code token.created}) or revoked ({@code token.revoked}). */
public record ApiTokenChanged(Actor actor, String action, UUID tokenId, UUID userId, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "api-token";
    }

    @Override
    public String subjectId() {
        return tokenId.toString();
    }
}
