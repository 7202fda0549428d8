package org.yagura.incidents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.incidents.review.ReviewFixtures.signIn;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.IncidentFields;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalEntry;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.review.ReviewFixtures;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Urgency;

@SpringBootTest
class MediaStatementServiceIntegrationTests {

    @Autowired IncidentService incidents;
    @Autowired MediaStatementService statements;
    @Autowired JournalService journal;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHandlerDraftsAnotherLeadApprovesAndTheStatementIsReleasedWithEachStepInTheJournal() {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        signIn(details, handler.username());
        IncidentView incident = incidents.open(IncidentFields.of("Website defacement", "intrusions", "system-compromise",
                Impact.HIGH, Urgency.HIGH, Tlp.AMBER));
        MediaStatementView draft = statements.draft(incident.key(), new MediaStatementDraft("ウェブサイト改ざんに関するお知らせ",
                "当社ウェブサイトが**改ざん**されました。", "ja"));
        assertThat(draft.state()).isEqualTo(MediaStatementState.DRAFT);
        MediaStatementView submitted = statements.submit(incident.key(), draft.id(), draft.version());
        assertThatThrownBy(() -> statements.approve(incident.key(), draft.id(), submitted.version()))
                .isInstanceOfSatisfying(YaguraException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statement.approver-role"));
        assertThatThrownBy(() -> statements.release(incident.key(), draft.id(), submitted.version()))
                .isInstanceOf(ConflictException.class);

        signIn(details, lead.username());
        MediaStatementView approved = statements.approve(incident.key(), draft.id(), submitted.version());
        assertThat(approved.approvedBy()).isEqualTo(lead.username());

        signIn(details, handler.username());
        MediaStatementView released = statements.release(incident.key(), draft.id(), approved.version());
        assertThat(released.state()).isEqualTo(MediaStatementState.RELEASED);
        assertThat(released.version()).isEqualTo(3);
        List<JournalEntry> steps = journal.entries(incident.key(), List.of(JournalKind.COMMUNICATION), false, false);
        assertThat(steps).extracting(JournalEntry::body).containsExactly(
                "media statement (ja) \"ウェブサイト改ざんに関するお知らせ\" drafted",
                "media statement (ja) \"ウェブサイト改ざんに関するお知らせ\" submitted for approval",
                "media statement (ja) \"ウェブサイト改ざんに関するお知らせ\" approved",
                "media statement (ja) \"ウェブサイト改ざんに関するお知らせ\" released");
        assertThat(awaitAudit(jdbc, "statement.approved", draft.id().toString())).contains(incident.key());
        assertThatThrownBy(() -> statements.edit(incident.key(), draft.id(), new MediaStatementDraft("x", "y", "en"), null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aLeadCannotApproveWhatTheyWroteAndAnEditAfterApprovalNeedsApprovalAgain() {
        ReviewFixtures.Staff lead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        ReviewFixtures.Staff otherLead = ReviewFixtures.staff(details, users, tokens, Role.TEAM_LEAD);
        signIn(details, lead.username());
        IncidentView incident = incidents.open(IncidentFields.of("Data leak", "fraud", "phishing",
                Impact.HIGH, Urgency.HIGH, Tlp.AMBER));
        MediaStatementView draft = statements.draft(incident.key(), new MediaStatementDraft("Notice", "We found a leak.", "en"));
        MediaStatementView submitted = statements.submit(incident.key(), draft.id(), null);
        assertThatThrownBy(() -> statements.approve(incident.key(), draft.id(), null))
                .isInstanceOfSatisfying(YaguraException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statement.approver-is-author"));

        signIn(details, otherLead.username());
        MediaStatementView approved = statements.approve(incident.key(), draft.id(), submitted.version());
        assertThatThrownBy(() -> statements.release(incident.key(), draft.id(), submitted.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        signIn(details, lead.username());
        MediaStatementView edited = statements.edit(incident.key(), draft.id(),
                new MediaStatementDraft("Notice (updated)", "We found a leak of 120 records.", "en"), approved.version());
        assertThat(edited.state()).isEqualTo(MediaStatementState.DRAFT);
        assertThat(edited.approvedBy()).isNull();
        assertThatThrownBy(() -> statements.release(incident.key(), draft.id(), edited.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(statements.statements(incident.key())).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Notice (updated)"));
    }
}
