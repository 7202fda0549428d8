package org.yagura.identity;

import java.util.UUID;
import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A user account was created or changed: {@code user.created}, {@code user.updated},
 * {@code user.enabled}, {@code user.disabled}, {@code user.password-changed},
 * {@code user.password-reset}, {@code user.preferences-changed}.
 */
public record UserChanged(Actor actor, String action, UUID userId, String username, String summary)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "user";
    }

    @Override
    public String subjectId() {
        return username;
    }
}
