package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.yagura.incidents.IncidentFixtures.phishing;
import static org.yagura.incidents.IncidentFixtures.signIn;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.incidents.IncidentSlaService.IncidentSla;
import org.yagura.incidents.sla.RecordSla;
import org.yagura.incidents.sla.SlaClockView;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.incidents.sla.SlaState;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.CursorRequest;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.TaxonomyFixtures;
import org.yagura.taxonomy.Urgency;

/** The SLA clocks of incidents as their lifecycle drives them, on the real database. */
@SpringBootTest
class IncidentSlaIntegrationTests {

    @Autowired IncidentService incidents;
    @Autowired IncidentSlaService sla;
    @Autowired JournalService journal;
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
    void openingAnIncidentStartsTheResponseClocksFromItsCreation() {
        IncidentView v = incidents.open(phishing("SLA opened"));
        IncidentSla clocks = sla.of(v.key());
        assertThat(clocks.waiting()).isFalse();
        assertThat(clocks.clocks()).extracting(SlaClockView::kind)
                .containsExactly(SlaKind.ACKNOWLEDGE, SlaKind.CONTAIN, SlaKind.RESOLVE);
        assertThat(clocks.clocks()).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(SlaState.RUNNING);
            assertThat(c.startedAt()).isEqualTo(v.createdAt());
            assertThat(c.priority()).isEqualTo(v.priority());
            assertThat(c.dueAt()).isAfter(v.createdAt());
        });
    }

    @Test
    void acknowledgingStopsTheAcknowledgeClockAndContainingTheContainClock() {
        IncidentView v = incidents.open(phishing("SLA acknowledged"));
        IncidentView acknowledged = incidents.transition(v.key(), IncidentStatus.OPEN, null, null);
        SlaClockView ack = clock(v.key(), SlaKind.ACKNOWLEDGE);
        assertThat(ack.stoppedAt()).isEqualTo(acknowledged.acknowledgedAt());
        assertThat(ack.state()).isEqualTo(SlaState.MET);
        assertThat(clock(v.key(), SlaKind.CONTAIN).state()).isEqualTo(SlaState.RUNNING);

        IncidentView contained = incidents.transition(v.key(), IncidentStatus.ERADICATION, null, null);
        assertThat(clock(v.key(), SlaKind.CONTAIN).stoppedAt()).isEqualTo(contained.containedAt());
        assertThat(clock(v.key(), SlaKind.RESOLVE).stoppedAt()).isNull();
    }

    @Test
    void closingStopsEveryClockAndReopeningRestartsResolve() {
        IncidentView v = incidents.open(phishing("SLA closed and reopened"));
        IncidentView closed = incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.FALSE_POSITIVE, null);
        assertThat(sla.of(v.key()).clocks()).allSatisfy(c -> {
            assertThat(c.stoppedAt()).isEqualTo(closed.closedAt());
            assertThat(c.state()).isEqualTo(SlaState.MET);
        });

        IncidentView reopened = incidents.transition(v.key(), IncidentStatus.OPEN, null, null);
        SlaClockView resolve = clock(v.key(), SlaKind.RESOLVE);
        assertThat(resolve.stoppedAt()).isNull();
        assertThat(resolve.state()).isEqualTo(SlaState.RUNNING);
        assertThat(resolve.startedAt()).isEqualTo(reopened.updatedAt());
        assertThat(clock(v.key(), SlaKind.ACKNOWLEDGE).stoppedAt()).isEqualTo(closed.closedAt());
    }

    @Test
    void waitingForTheConstituentPausesTheClocksUntilItAnswers() {
        IncidentView v = incidents.open(phishing("SLA waiting"));
        IncidentSla paused = sla.pause(v.key());
        assertThat(paused.waiting()).isTrue();
        assertThat(paused.clocks()).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(SlaState.PAUSED);
            assertThat(c.dueAt()).isNull();
        });
        assertThatThrownBy(() -> sla.pause(v.key())).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "incidents.sla.already-waiting");

        IncidentSla resumed = sla.resume(v.key());
        assertThat(resumed.waiting()).isFalse();
        assertThat(resumed.clocks()).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(SlaState.RUNNING);
            assertThat(c.dueAt()).isNotNull();
        });
        assertThatThrownBy(() -> sla.resume(v.key())).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "incidents.sla.not-waiting");

        assertThat(journal.entries(v.key(), List.of(JournalKind.STATUS), false, false)).extracting(JournalEntry::body)
                .contains("waiting for the constituent: SLA clocks paused", "constituent answered: SLA clocks resumed");
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "incident.sla-resumed", v.key())).contains("resumed");
    }

    @Test
    void aClosedIncidentCannotStartWaiting() {
        IncidentView v = incidents.open(phishing("SLA closed, no waiting"));
        incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.FALSE_POSITIVE, null);
        assertThatThrownBy(() -> sla.pause(v.key())).isInstanceOf(ConflictException.class);
        assertThat(sla.of(v.key()).waiting()).isFalse();
    }

    @Test
    void aChangeOfPriorityRetargetsTheRunningClocksOnly() {
        IncidentView v = incidents.open(phishing("SLA reprioritised"));
        incidents.transition(v.key(), IncidentStatus.OPEN, null, null);
        SlaClockView ackBefore = clock(v.key(), SlaKind.ACKNOWLEDGE);
        SlaClockView resolveBefore = clock(v.key(), SlaKind.RESOLVE);
        IncidentFields critical = withImpact(v.fields(), Impact.CRITICAL, Urgency.CRITICAL);
        IncidentView changed = incidents.update(v.key(), critical, null);
        assertThat(changed.priority()).isEqualTo(Priority.P1).isNotEqualTo(v.priority());

        SlaClockView resolve = clock(v.key(), SlaKind.RESOLVE);
        assertThat(resolve.priority()).isEqualTo(Priority.P1);
        assertThat(resolve.target()).isLessThan(resolveBefore.target());
        assertThat(resolve.startedAt()).isEqualTo(resolveBefore.startedAt());
        assertThat(clock(v.key(), SlaKind.ACKNOWLEDGE).priority()).isEqualTo(ackBefore.priority());
    }

    @Test
    void aPersonalDataBreachStartsTheNotificationDeadlineFromDetectionWhichWaitingDoesNotPause() {
        Instant detected = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        IncidentView v = incidents.open(personalDataBreach(phishing("SLA personal data at open"), detected));
        SlaClockView notification = clock(v.key(), SlaKind.BREACH_NOTIFICATION);
        assertThat(notification.startedAt()).isEqualTo(detected);
        assertThat(notification.target()).isEqualTo(Duration.ofHours(72));
        assertThat(notification.businessHours()).isFalse();

        sla.pause(v.key());
        assertThat(clock(v.key(), SlaKind.BREACH_NOTIFICATION).state()).isEqualTo(SlaState.RUNNING);
        assertThat(clock(v.key(), SlaKind.RESOLVE).state()).isEqualTo(SlaState.PAUSED);
    }

    @Test
    void flaggingAPersonalDataBreachLaterStartsTheDeadlineWhenFlagged() {
        IncidentView v = incidents.open(phishing("SLA personal data later"));
        assertThat(sla.of(v.key()).clocks()).extracting(SlaClockView::kind).doesNotContain(SlaKind.BREACH_NOTIFICATION);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        incidents.update(v.key(), personalDataBreach(v.fields(), null), null);
        SlaClockView notification = clock(v.key(), SlaKind.BREACH_NOTIFICATION);
        assertThat(notification.startedAt()).isAfterOrEqualTo(before);
        assertThat(notification.state()).isEqualTo(SlaState.RUNNING);
    }

    @Test
    void aBreachedClockWritesAnEntryInTheIncidentJournal() {
        // detected four days ago: the 72-hour deadline has passed, so the clock is stopped late when the flag is cleared
        Instant detected = Instant.now().minus(Duration.ofDays(4));
        IncidentView v = incidents.open(personalDataBreach(phishing("SLA breach journal"), detected));
        assertThat(clock(v.key(), SlaKind.BREACH_NOTIFICATION).state()).isEqualTo(SlaState.BREACHED);
        incidents.update(v.key(), notPersonalData(incidents.get(v.key()).fields()), null);
        assertThat(clock(v.key(), SlaKind.BREACH_NOTIFICATION).state()).isEqualTo(SlaState.MET_LATE);
        // the listener runs after the commit, on another thread
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM incident_journal WHERE incident_id = ?"
                + " AND kind = 'STATUS' AND recorded_by = 'system' AND body LIKE 'SLA breached: BREACH_NOTIFICATION was due %'")
                .param(v.id()).query(Long.class).single() == 1);
        assertThat(journal.entries(v.key(), List.of(JournalKind.STATUS), false, false)).extracting(JournalEntry::body)
                .anySatisfy(body -> assertThat(body).contains("breach noticed"));
    }

    @Test
    void theAtRiskQueueListsOpenIncidentsWithAnOverdueClock() {
        IncidentView overdue = incidents.open(personalDataBreach(phishing("SLA queue overdue"),
                Instant.now().minus(Duration.ofDays(4))));
        IncidentView fresh = incidents.open(phishing("SLA queue fresh"));
        List<IncidentView> queue = incidents.list(IncidentFilter.of(IncidentQueue.AT_RISK), CursorRequest.first(500)).items();
        assertThat(queue).extracting(IncidentView::key).contains(overdue.key()).doesNotContain(fresh.key());
        Map<UUID, RecordSla> flags = sla.statesOf(List.of(overdue, fresh));
        assertThat(flags.get(overdue.id()).breached()).isTrue();
        assertThat(flags.get(fresh.id()).breached()).isFalse();
    }

    private SlaClockView clock(String key, SlaKind kind) {
        return sla.of(key).clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static IncidentFields personalDataBreach(IncidentFields f, @Nullable Instant detectedAt) {
        return new IncidentFields(f.title(), f.description(), f.classKey(), f.typeKey(), f.impact(), f.urgency(), f.tlp(),
                f.pap(), f.constituency(), f.affectedOrganisation(), f.assignee(), f.teamId(), f.parentKey(),
                f.occurredAt(), detectedAt, f.reportedAt(), f.confidentiality(), f.integrity(), f.availability(),
                f.businessImpact(), f.servicesAffected(), f.assetsAffected(), true, null);
    }

    private static IncidentFields notPersonalData(IncidentFields f) {
        return new IncidentFields(f.title(), f.description(), f.classKey(), f.typeKey(), f.impact(), f.urgency(), f.tlp(),
                f.pap(), f.constituency(), f.affectedOrganisation(), f.assignee(), f.teamId(), f.parentKey(),
                f.occurredAt(), f.detectedAt(), f.reportedAt(), f.confidentiality(), f.integrity(), f.availability(),
                f.businessImpact(), f.servicesAffected(), f.assetsAffected(), false, null);
    }

    private static IncidentFields withImpact(IncidentFields f, Impact impact, Urgency urgency) {
        return new IncidentFields(f.title(), f.description(), f.classKey(), f.typeKey(), impact, urgency, f.tlp(),
                f.pap(), f.constituency(), f.affectedOrganisation(), f.assignee(), f.teamId(), f.parentKey(),
                f.occurredAt(), f.detectedAt(), f.reportedAt(), f.confidentiality(), f.integrity(), f.availability(),
                f.businessImpact(), f.servicesAffected(), f.assetsAffected(), f.personalDataBreach(),
                f.personalDataRecords());
    }
}
