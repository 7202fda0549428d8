package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yagura.incidents.IncidentFixtures.phishing;
import static org.yagura.incidents.IncidentFixtures.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.identity.AccessPolicy;
import org.yagura.incidents.sla.SlaCalendarSettings;
import org.yagura.incidents.sla.SlaClockService;
import org.yagura.incidents.sla.SlaClockView;
import org.yagura.incidents.sla.SlaSettingsService;
import org.yagura.incidents.sla.SlaState;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Urgency;

/**
 * The AT_RISK queue and the SLA filter of the incident list are SQL comparisons on the stored
 * {@code at_risk_at} and {@code due_at}; as the list's clock moves forward they return exactly the
 * incidents whose clocks the engine evaluates as at risk or breached at the same instant.
 */
@SpringBootTest
class IncidentSlaAtRiskIntegrationTests {

    @Autowired IncidentService incidents;
    @Autowired IncidentSlaService sla;
    @Autowired IncidentSearch search;
    @Autowired SlaClockService clocks;
    @Autowired SlaSettingsService settings;
    @Autowired AccessPolicy policy;
    @Autowired UserDetailsService details;
    @Autowired TransactionTemplate tx;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(details, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theQueueFollowsTheClocksAsTimePasses() {
        // P2: acknowledge in 60 min, at risk from 75 % = 45 min; contain in 8 h
        IncidentView a = incidents.open(phishing("At risk A"));
        IncidentView b = incidents.open(phishing("At risk B"));
        incidents.transition(b.key(), IncidentStatus.OPEN, null, null);
        List<IncidentView> ours = List.of(a, b);
        Instant t0 = a.createdAt();

        assertThat(queue(ours, t0.plus(Duration.ofMinutes(30)))).isEmpty();
        assertThat(queue(ours, t0.plus(Duration.ofMinutes(46)))).containsExactly(a.id());
        assertThat(flagged(ours, IncidentSlaFlag.AT_RISK, t0.plus(Duration.ofMinutes(46)))).containsExactly(a.id());
        assertThat(flagged(ours, IncidentSlaFlag.BREACHED, t0.plus(Duration.ofMinutes(46)))).isEmpty();

        assertThat(queue(ours, t0.plus(Duration.ofMinutes(61)))).containsExactly(a.id());
        assertThat(flagged(ours, IncidentSlaFlag.AT_RISK, t0.plus(Duration.ofMinutes(61)))).isEmpty();
        assertThat(flagged(ours, IncidentSlaFlag.BREACHED, t0.plus(Duration.ofMinutes(61)))).containsExactly(a.id());

        // the contain clocks of both: at risk from 6 h, overdue from 8 h (A's acknowledge clock stays overdue)
        Instant sixHours = t0.plus(Duration.ofMinutes(6 * 60 + 5));
        assertThat(queue(ours, sixHours)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(flagged(ours, IncidentSlaFlag.AT_RISK, sixHours)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(flagged(ours, IncidentSlaFlag.BREACHED, sixHours)).containsExactly(a.id());
    }

    @Test
    void waitingForTheConstituentTakesAnIncidentOutOfTheQueueUntilItAnswers() {
        IncidentView a = incidents.open(phishing("At risk waiting"));
        List<IncidentView> ours = List.of(a);
        Instant later = a.createdAt().plus(Duration.ofMinutes(50));
        assertThat(queue(ours, later)).containsExactly(a.id());
        sla.pause(a.key());
        assertThat(queue(ours, later)).isEmpty();
        sla.resume(a.key());
        assertThat(queue(ours, later)).containsExactly(a.id());
    }

    @Test
    void aNewPriorityMovesTheAtRiskInstant() {
        IncidentView a = incidents.open(phishing("At risk reprioritised"));
        List<IncidentView> ours = List.of(a);
        Instant soon = a.createdAt().plus(Duration.ofMinutes(12));
        assertThat(queue(ours, soon)).isEmpty();
        IncidentFields f = a.fields();
        // P1: acknowledge in 15 min, at risk from 11 min 15 s
        incidents.update(a.key(), IncidentFields.of(f.title(), f.classKey(), f.typeKey(), Impact.CRITICAL, Urgency.CRITICAL,
                f.tlp()), null);
        assertThat(queue(ours, soon)).containsExactly(a.id());
        assertThat(flagged(ours, IncidentSlaFlag.AT_RISK, soon)).containsExactly(a.id());
    }

    @Test
    void closingTakesAnIncidentOutOfTheQueue() {
        IncidentView a = incidents.open(phishing("At risk closed"));
        List<IncidentView> ours = List.of(a);
        Instant later = a.createdAt().plus(Duration.ofHours(9));
        assertThat(queue(ours, later)).containsExactly(a.id());
        incidents.transition(a.key(), IncidentStatus.CLOSED, Resolution.FALSE_POSITIVE, null);
        assertThat(queue(ours, later)).isEmpty();
    }

    @Test
    void aNewAtRiskShareMovesEveryRunningClock() {
        IncidentView a = incidents.open(phishing("At risk share"));
        List<IncidentView> ours = List.of(a);
        Instant half = a.createdAt().plus(Duration.ofMinutes(31));
        SlaCalendarSettings old = settings.calendarSettings();
        try {
            assertThat(queue(ours, half)).isEmpty();
            settings.changeCalendar(new SlaCalendarSettings(old.zone(), old.workingDays(), old.workStart(), old.workEnd(), 50));
            assertThat(queue(ours, half)).containsExactly(a.id());
        } finally {
            settings.changeCalendar(old);
        }
        assertThat(queue(ours, half)).isEmpty();
    }

    /** The test's incidents in the AT_RISK queue at {@code now}, checked against the engine at the same instant. */
    private Set<UUID> queue(Collection<IncidentView> ours, Instant now) {
        Set<UUID> listed = listed(IncidentFilter.of(IncidentQueue.AT_RISK), ours, now);
        Set<UUID> evaluated = evaluated(ours, now, s -> s == SlaState.AT_RISK || s == SlaState.BREACHED);
        assertThat(listed).as("queue at %s", now).isEqualTo(evaluated);
        return listed;
    }

    private Set<UUID> flagged(Collection<IncidentView> ours, IncidentSlaFlag flag, Instant now) {
        Set<UUID> listed = listed(IncidentFilter.of(IncidentQueue.OPEN).withSla(flag), ours, now);
        Set<UUID> evaluated = evaluated(ours, now, s -> flag == IncidentSlaFlag.AT_RISK ? s == SlaState.AT_RISK : s == SlaState.BREACHED);
        assertThat(listed).as("%s at %s", flag, now).isEqualTo(evaluated);
        return listed;
    }

    private Set<UUID> listed(IncidentFilter filter, Collection<IncidentView> ours, Instant now) {
        Set<UUID> ids = ours.stream().map(IncidentView::id).collect(Collectors.toSet());
        UUID viewer = policy.currentUserId().orElseThrow();
        return tx.execute(s -> search.page(filter, viewer, null, null, 100_000, now).stream().map(IncidentView::id)
                .filter(ids::contains).collect(Collectors.toSet()));
    }

    private Set<UUID> evaluated(Collection<IncidentView> ours, Instant now, java.util.function.Predicate<SlaState> state) {
        Set<UUID> open = ours.stream().map(v -> incidents.get(v.key())).filter(v -> v.status() != IncidentStatus.CLOSED)
                .map(IncidentView::id).collect(Collectors.toSet());
        return clocks.statesAt(open, now).entrySet().stream()
                .filter(e -> e.getValue().clocks().stream().map(SlaClockView::state).anyMatch(state))
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }
}
