package org.yagura.incidents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;

class MediaStatementTests {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final MediaStatementDraft TEXT = new MediaStatementDraft("不正アクセスに関するお知らせ",
            "当社サーバーへの**不正アクセス**を確認しました。", "ja");

    @Test
    void goesFromDraftThroughSubmittedAndApprovedToReleased() {
        MediaStatement s = draftBy("handler");
        assertThat(s.state()).isEqualTo(MediaStatementState.DRAFT);
        s.submit("handler", T1);
        assertThat(s.view().submittedAt()).isEqualTo(T1);
        s.approve("lead", true, T1);
        assertThat(s.view().approvedBy()).isEqualTo("lead");
        s.release("handler", T1);
        assertThat(s.view().state()).isEqualTo(MediaStatementState.RELEASED);
        assertThat(s.view().releasedBy()).isEqualTo("handler");
    }

    @Test
    void refusesApprovalByItsAuthor() {
        MediaStatement s = draftBy("lead");
        s.submit("lead", T1);
        assertThatThrownBy(() -> s.approve("lead", true, T1)).isInstanceOfSatisfying(YaguraException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(e.messageKey()).isEqualTo("statement.approver-is-author");
        });
        assertThat(s.state()).isEqualTo(MediaStatementState.SUBMITTED);
    }

    @Test
    void refusesApprovalByTheLastEditorToo() {
        MediaStatement s = draftBy("handler");
        s.edit(TEXT, "lead", T1);
        s.submit("handler", T1);
        assertThatThrownBy(() -> s.approve("lead", true, T1)).isInstanceOf(YaguraException.class)
                .hasMessage("statement.approver-is-author");
        s.approve("other-lead", true, T1);
        assertThat(s.state()).isEqualTo(MediaStatementState.APPROVED);
    }

    @Test
    void refusesApprovalByAnyoneButTeamLeadsAndAdministrators() {
        MediaStatement s = draftBy("handler");
        s.submit("handler", T1);
        assertThatThrownBy(() -> s.approve("other-handler", false, T1)).isInstanceOfSatisfying(YaguraException.class,
                e -> assertThat(e.messageKey()).isEqualTo("statement.approver-role"));
    }

    @Test
    void cannotBeReleasedBeforeApproval() {
        MediaStatement s = draftBy("handler");
        assertThatThrownBy(() -> s.release("handler", T1)).isInstanceOf(ConflictException.class)
                .hasMessage("statement.release-before-approval");
        s.submit("handler", T1);
        assertThatThrownBy(() -> s.release("handler", T1)).isInstanceOf(ConflictException.class);
        assertThat(s.state()).isEqualTo(MediaStatementState.SUBMITTED);
    }

    @Test
    void cannotBeApprovedUnlessSubmittedNorSubmittedTwice() {
        MediaStatement s = draftBy("handler");
        assertThatThrownBy(() -> s.approve("lead", true, T1)).isInstanceOf(ConflictException.class)
                .hasMessage("statement.transition.illegal");
        s.submit("handler", T1);
        assertThatThrownBy(() -> s.submit("handler", T1)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEditAfterApprovalReturnsItToDraftAndClearsTheApproval() {
        MediaStatement s = draftBy("handler");
        s.submit("handler", T1);
        s.approve("lead", true, T1);
        s.edit(new MediaStatementDraft("Notice of unauthorised access", "We found **unauthorised access**.", "en"),
                "handler", T1);
        MediaStatementView v = s.view();
        assertThat(v.state()).isEqualTo(MediaStatementState.DRAFT);
        assertThat(v.approvedBy()).isNull();
        assertThat(v.approvedAt()).isNull();
        assertThat(v.submittedAt()).isNull();
        assertThat(v.language()).isEqualTo("en");
        assertThatThrownBy(() -> s.release("handler", T1)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReleasedStatementIsNotEditedAnyMore() {
        MediaStatement s = draftBy("handler");
        s.submit("handler", T1);
        s.approve("lead", true, T1);
        s.release("handler", T1);
        assertThatThrownBy(() -> s.edit(TEXT, "handler", T1)).isInstanceOf(ConflictException.class)
                .hasMessage("statement.released");
        assertThat(s.state()).isEqualTo(MediaStatementState.RELEASED);
    }

    private static MediaStatement draftBy(String author) {
        MediaStatement s = MediaStatement.draft(UUID.randomUUID(), "IR-2026-0001", TEXT, author, T0);
        assertThat(s.view().author()).isEqualTo(author);
        return s;
    }
}
