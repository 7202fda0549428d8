package org.yagura.observables;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * Something about observables changed: values linked to a record ({@code observable.linked}), stored in bulk,
 * sighted, staged or confirmed from extraction, correlation overridden, warninglists created or extended.
 */
public record ObservableChanged(Actor actor, String action, String subjectType, String subjectId, String summary)
        implements AuditableEvent {
}
