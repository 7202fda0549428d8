package org.yagura.incidents.review;

import org.yagura.shared.Actor;
import org.yagura.shared.AuditableEvent;

/**
 * A review, its action items or the review settings changed: {@code review.saved}, {@code review.completed},
 * {@code review.reopened}, {@code review.action-added}, {@code review.action-changed} (subject the incident key),
 * {@code review.settings-changed} (subject {@code required-priorities}).
 */
public record ReviewChanged(Actor actor, String action, String subjectType, String subjectId, String summary)
        implements AuditableEvent {

    static ReviewChanged of(String action, String incidentKey, String summary) {
        return new ReviewChanged(Actor.current(), action, "incident-review", incidentKey, summary);
    }
}
