package org.yagura.identity;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * Someone tried to sign in or signed out: {@code login.succeeded}, {@code login.failed},
 * {@code login.locked}, {@code logout}. The user name is as typed, existing or not.
 */
public record SignInAttempted(Actor actor, String action, String username, String summary) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "session";
    }

    @Override
    public String subjectId() {
        return username;
    }
}
