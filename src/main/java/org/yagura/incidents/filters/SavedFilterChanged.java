package org.yagura.incidents.filters;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A saved filter was created ({@code incident-filter.saved}), changed ({@code incident-filter.changed}),
 * deleted ({@code incident-filter.deleted}), or a user's default list changed
 * ({@code incident-filter.default-set}, {@code incident-filter.default-cleared}).
 */
public record SavedFilterChanged(Actor actor, String action, String subjectType, String subjectId, String summary)
        implements AuditableEvent {

    static SavedFilterChanged of(String action, String subjectId, String summary) {
        return new SavedFilterChanged(Actor.current(), action, "incident-filter", subjectId, summary);
    }
}
