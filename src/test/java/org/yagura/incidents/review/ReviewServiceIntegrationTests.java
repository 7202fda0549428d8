package org.yagura.incidents.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.incidents.review.ReviewFixtures.signIn;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.IncidentFields;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentStatus;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.Resolution;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.Urgency;

@SpringBootTest
class ReviewServiceIntegrationTests {

    @Autowired IncidentService incidents;
    @Autowired ReviewService reviews;
    @Autowired ActionItemService actions;
    @Autowired JournalService journal;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(details, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesClosingAP2IncidentUntilItsReviewIsCompleted() {
        IncidentView v = open("Credential phishing", Impact.MEDIUM, Urgency.HIGH, Tlp.AMBER);
        assertThat(v.priority()).isEqualTo(Priority.P2);
        assertThatThrownBy(() -> incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.required-to-close"));
        assertThat(incidents.get(v.key()).status()).isEqualTo(IncidentStatus.NEW);
        ReviewView saved = reviews.save(v.key(), new ReviewText("Contained in a day", null, "Quick block", null), -1L);
        assertThat(saved.completed()).isFalse();
        assertThatThrownBy(() -> reviews.complete(v.key(), saved.version())).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.NO_ACTION, null))
                .isInstanceOf(ConflictException.class);
        ReviewView withCause = reviews.save(v.key(), new ReviewText("Contained in a day", "No MFA", "Quick block",
                "Slow escalation"), saved.version());
        ReviewView completed = reviews.complete(v.key(), withCause.version());
        assertThat(completed.completed()).isTrue();
        assertThat(completed.completedBy()).isEqualTo("admin");
        IncidentView closed = incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null);
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(journal.entries(v.key(), List.of(JournalKind.NOTE), true, false))
                .anySatisfy(e -> assertThat(e.body()).contains("review completed"));
        assertThat(awaitAudit(jdbc, "review.completed", v.key())).isEqualTo("review completed");
    }

    @Test
    void closesLowerPrioritiesFalsePositivesAndDuplicatesWithoutAReview() {
        IncidentView p3 = open("Scan", Impact.MEDIUM, Urgency.MEDIUM, Tlp.AMBER);
        assertThat(p3.priority()).isEqualTo(Priority.P3);
        assertThat(incidents.transition(p3.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null).status())
                .isEqualTo(IncidentStatus.CLOSED);
        IncidentView p1 = open("Ransomware?", Impact.CRITICAL, Urgency.CRITICAL, Tlp.AMBER);
        assertThat(incidents.transition(p1.key(), IncidentStatus.CLOSED, Resolution.FALSE_POSITIVE, null).status())
                .isEqualTo(IncidentStatus.CLOSED);
    }

    @Test
    void followsThePrioritiesTheTeamChose() {
        IncidentView p3 = open("Defacement", Impact.MEDIUM, Urgency.MEDIUM, Tlp.AMBER);
        IncidentView p2 = open("Phishing", Impact.MEDIUM, Urgency.HIGH, Tlp.AMBER);
        try {
            assertThat(reviews.changeRequiredPriorities(EnumSet.of(Priority.P3))).containsExactly(Priority.P3);
            assertThatThrownBy(() -> incidents.transition(p3.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null))
                    .isInstanceOf(ConflictException.class);
            assertThat(incidents.transition(p2.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null).status())
                    .isEqualTo(IncidentStatus.CLOSED);
            assertThat(awaitAudit(jdbc, "review.settings-changed", "required-priorities")).contains("[P3]");
        } finally {
            reviews.changeRequiredPriorities(EnumSet.of(Priority.P1, Priority.P2));
        }
        assertThat(reviews.requiredPriorities()).containsExactlyInAnyOrder(Priority.P1, Priority.P2);
    }

    @Test
    void onlyTeamLeadsChangeTheSettings() {
        ReviewFixtures.Staff handler = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        signIn(details, handler.username());
        assertThatThrownBy(() -> reviews.changeRequiredPriorities(EnumSet.noneOf(Priority.class)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.requiredPriorities()).contains(Priority.P1, Priority.P2);
    }

    @Test
    void refusesAStaleEditOfTheReview() {
        IncidentView v = open("Stale review", Impact.LOW, Urgency.LOW, Tlp.AMBER);
        ReviewView first = reviews.save(v.key(), new ReviewText("first", null, null, null), -1L);
        reviews.save(v.key(), new ReviewText("second", null, null, null), first.version());
        assertThatThrownBy(() -> reviews.save(v.key(), new ReviewText("third", null, null, null), first.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reviews.save(v.key(), new ReviewText("again new", null, null, null), -1L))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(reviews.review(v.key()).summary()).isEqualTo("second");
    }

    @Test
    void tracksActionItemsAcrossIncidentsForTheirOwnersUntilDone() {
        ReviewFixtures.Staff owner = ReviewFixtures.staff(details, users, tokens, Role.INCIDENT_HANDLER);
        signIn(details, "admin");
        IncidentView a = open("Mail gateway", Impact.LOW, Urgency.LOW, Tlp.AMBER);
        IncidentView b = open("VPN", Impact.LOW, Urgency.LOW, Tlp.AMBER);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ActionItemView overdue = actions.add(a.key(), new NewActionItem("Enable MFA", owner.username(), today.minusDays(3)));
        ActionItemView later = actions.add(b.key(), new NewActionItem("Rotate VPN keys", owner.username(), today.plusDays(7)));
        ActionItemView admins = actions.add(b.key(), new NewActionItem("Write the report", "admin", null));
        assertThat(awaitAudit(jdbc, "review.action-added", a.key())).contains("Enable MFA", owner.username());
        assertThatThrownBy(() -> actions.add(a.key(), new NewActionItem("x", "ghost-user", null)))
                .isInstanceOf(BadRequestException.class);

        signIn(details, owner.username());
        assertThat(actions.open(true, false, ZoneOffset.UTC)).extracting(ActionItemView::id)
                .containsExactly(overdue.id(), later.id());
        assertThat(actions.open(true, true, ZoneOffset.UTC)).extracting(ActionItemView::id).containsExactly(overdue.id());
        assertThat(actions.open(false, false, ZoneOffset.UTC)).extracting(ActionItemView::id).contains(admins.id());

        ActionItemView done = actions.setState(a.key(), overdue.id(), ActionItemState.DONE, overdue.version());
        assertThat(done.closedAt()).isNotNull();
        assertThatThrownBy(() -> actions.setState(a.key(), overdue.id(), ActionItemState.CANCELLED, overdue.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(actions.open(true, false, ZoneOffset.UTC)).extracting(ActionItemView::id).containsExactly(later.id());
    }

    @Test
    void hidesActionItemsOfIncidentsTheReaderMayNotRead() {
        ReviewFixtures.Staff analyst = ReviewFixtures.staff(details, users, tokens, Role.ANALYST);
        signIn(details, "admin");
        IncidentView red = open("Red incident", Impact.LOW, Urgency.LOW, Tlp.RED);
        ActionItemView secret = actions.add(red.key(), new NewActionItem("Secret follow-up", "admin", null));
        signIn(details, analyst.username());
        assertThat(actions.open(false, false, ZoneOffset.UTC)).extracting(ActionItemView::id).doesNotContain(secret.id());
        assertThatThrownBy(() -> reviews.review(red.key())).isInstanceOf(org.yagura.shared.api.NotFoundException.class);
    }

    private IncidentView open(String title, Impact impact, Urgency urgency, Tlp tlp) {
        return incidents.open(IncidentFields.of(title, "fraud", "phishing", impact, urgency, tlp));
    }
}
