package org.yagura.incidents.statement;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;

/**
 * A media statement and the rules of its life: draft → submitted → approved → released. Only a team lead or
 * administrator who neither wrote nor last edited it may approve it; it is released only once approved; editing
 * it before release sends it back to draft, and a released statement is not edited any more.
 */
final class MediaStatement {

    private final UUID id;
    private final UUID incidentId;
    private final String incidentKey;
    private String title;
    private String body;
    private String language;
    private MediaStatementState state;
    private final String author;
    private @Nullable Instant submittedAt;
    private @Nullable String approvedBy;
    private @Nullable Instant approvedAt;
    private @Nullable String releasedBy;
    private @Nullable Instant releasedAt;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    /** A statement as stored ({@code v}) of the incident {@code incidentId}. */
    MediaStatement(UUID id, UUID incidentId, MediaStatementView v) {
        this.id = id;
        this.incidentId = incidentId;
        this.incidentKey = v.incidentKey();
        this.title = v.title();
        this.body = v.body();
        this.language = v.language();
        this.state = v.state();
        this.author = v.author();
        this.submittedAt = v.submittedAt();
        this.approvedBy = v.approvedBy();
        this.approvedAt = v.approvedAt();
        this.releasedBy = v.releasedBy();
        this.releasedAt = v.releasedAt();
        this.createdAt = v.createdAt();
        this.updatedBy = v.updatedBy();
        this.updatedAt = v.updatedAt();
        this.version = v.version();
    }

    /** A new draft written by {@code author}. */
    static MediaStatement draft(UUID incidentId, String incidentKey, MediaStatementDraft d, String author, Instant now) {
        UUID id = UUID.randomUUID();
        return new MediaStatement(id, incidentId, new MediaStatementView(id, incidentKey,
                d.title().strip(), d.body().strip(), d.language(), MediaStatementState.DRAFT, author, null, null, null, null,
                null, now, author, now, 0));
    }

    /** Changes the text; a submitted or approved statement goes back to draft and needs approval again. */
    void edit(MediaStatementDraft d, String by, Instant now) {
        if (state == MediaStatementState.RELEASED) {
            throw new ConflictException("statement.released", title);
        }
        title = d.title().strip();
        body = d.body().strip();
        language = d.language();
        state = MediaStatementState.DRAFT;
        submittedAt = null;
        approvedBy = null;
        approvedAt = null;
        updatedBy = by;
        updatedAt = now;
    }

    /** Submits a draft for approval. */
    void submit(String by, Instant now) {
        require(MediaStatementState.DRAFT, MediaStatementState.SUBMITTED);
        state = MediaStatementState.SUBMITTED;
        submittedAt = now;
        touch(now);
    }

    /** Approves a submitted statement: only a team lead or administrator other than its author and last editor. */
    void approve(String approver, boolean approverIsLead, Instant now) {
        if (!approverIsLead) {
            throw new YaguraException(HttpStatus.FORBIDDEN, "statement.approver-role");
        }
        if (approver.equals(author) || approver.equals(updatedBy)) {
            throw new YaguraException(HttpStatus.FORBIDDEN, "statement.approver-is-author");
        }
        require(MediaStatementState.SUBMITTED, MediaStatementState.APPROVED);
        state = MediaStatementState.APPROVED;
        approvedBy = approver;
        approvedAt = now;
        touch(now);
    }

    /** Marks an approved statement as released to the public. */
    void release(String by, Instant now) {
        if (state != MediaStatementState.APPROVED) {
            throw new ConflictException("statement.release-before-approval", state);
        }
        state = MediaStatementState.RELEASED;
        releasedBy = by;
        releasedAt = now;
        touch(now);
    }

    private void require(MediaStatementState from, MediaStatementState to) {
        if (state != from) {
            throw new ConflictException("statement.transition.illegal", state, to);
        }
    }

    /** Steps other than editing keep {@code updatedBy}: it names who last changed the text, whom approval excludes. */
    private void touch(Instant now) {
        updatedAt = now;
    }

    UUID id() { return id; }
    UUID incidentId() { return incidentId; }
    MediaStatementState state() { return state; }
    long version() { return version; }

    MediaStatementView view() {
        return new MediaStatementView(id, incidentKey, title, body, language, state, author, submittedAt, approvedBy,
                approvedAt, releasedBy, releasedAt, createdAt, updatedBy, updatedAt, version);
    }
}
