package org.yagura.shared;

/**
 * A domain event that the audit trail records. Every module's state-change events implement it;
 * the audit module listens for it without knowing the publishing modules.
 */
public interface AuditableEvent {

    /** Who made the change, from where, when. */
    Actor actor();

    /** Dotted verb, e.g. {@code user.created}, {@code login.failed}. */
    String action();

    /** Kind of record changed, e.g. {@code user}. */
    String subjectType();

    /** Identifier of the record changed (a UUID, a human key or a user name). */
    String subjectId();

    /** What changed, for a human reader: fields as {@code name: old → new}. */
    String summary();
}
