package org.yagura.incidents.statement;

/** Where a media statement stands: drafted, submitted for approval, approved, released to the public. */
public enum MediaStatementState {
    DRAFT, SUBMITTED, APPROVED, RELEASED;

    public String labelKey() {
        return "statement.state." + name();
    }
}
