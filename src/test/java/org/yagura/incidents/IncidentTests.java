package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.incidents.IncidentFixtures.newIncident;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.taxonomy.Priority;

class IncidentTests {

    private static final Instant T1 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-01T11:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-02T09:00:00Z");

    @Test
    void startsNewWithTheCreatorAsParticipant() {
        Incident incident = newIncident();
        assertThat(incident.view().status()).isEqualTo(IncidentStatus.NEW);
        assertThat(incident.view().participants()).hasSize(1);
        assertThat(incident.view().priority()).isEqualTo(Priority.P2);
    }

    @Test
    void movesForwardThroughThePhasesAndKeepsTheDates() {
        Incident incident = newIncident();
        incident.transition(IncidentStatus.OPEN, null, 0, T1);
        incident.transition(IncidentStatus.CONTAINMENT, null, 0, T2);
        incident.transition(IncidentStatus.RECOVERY, null, 0, T3);
        IncidentView v = incident.view();
        assertThat(v.acknowledgedAt()).isEqualTo(T1);
        assertThat(v.containedAt()).isEqualTo(T3);
        incident.transition(IncidentStatus.CLOSED, Resolution.RESOLVED, 0, T3);
        assertThat(incident.view().closedAt()).isEqualTo(T3);
        assertThat(incident.view().resolvedAt()).isEqualTo(T3);
        assertThat(incident.view().resolution()).isEqualTo(Resolution.RESOLVED);
    }

    @Test
    void refusesToMoveBackwardsOrToNewWithTheReason() {
        Incident incident = newIncident();
        incident.transition(IncidentStatus.ERADICATION, null, 0, T1);
        assertThatThrownBy(() -> incident.transition(IncidentStatus.ANALYSIS, null, 0, T2))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((YaguraException) e).messageKey()).isEqualTo("incidents.transition.illegal"))
                .satisfies(e -> assertThat(((YaguraException) e).arguments())
                        .containsExactly("IR-2026-0001", IncidentStatus.ERADICATION, IncidentStatus.ANALYSIS));
        assertThatThrownBy(() -> incident.transition(IncidentStatus.NEW, null, 0, T2)).isInstanceOf(ConflictException.class);
        assertThat(incident.view().status()).isEqualTo(IncidentStatus.ERADICATION);
    }

    @Test
    void rejectsClosingWithOpenTasks() {
        Incident incident = newIncident();
        assertThatThrownBy(() -> incident.transition(IncidentStatus.CLOSED, Resolution.RESOLVED, 2, T1))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((YaguraException) e).messageKey()).isEqualTo("incidents.close.pending-tasks"));
        assertThat(incident.view().status()).isEqualTo(IncidentStatus.NEW);
        assertThat(incident.view().closedAt()).isNull();
    }

    @Test
    void closingNeedsAResolutionAndOnlyClosingTakesOne() {
        Incident incident = newIncident();
        assertThatThrownBy(() -> incident.transition(IncidentStatus.CLOSED, null, 0, T1))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> incident.transition(IncidentStatus.OPEN, Resolution.RESOLVED, 0, T1))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void reopensAClosedIncidentAndForgetsTheResolution() {
        Incident incident = newIncident();
        incident.transition(IncidentStatus.CLOSED, Resolution.FALSE_POSITIVE, 0, T1);
        assertThat(incident.view().resolvedAt()).isNull();
        assertThat(IncidentStatus.CLOSED.next()).containsExactly(IncidentStatus.OPEN);
        incident.transition(IncidentStatus.OPEN, null, 0, T2);
        IncidentView v = incident.view();
        assertThat(v.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(v.resolution()).isNull();
        assertThat(v.closedAt()).isNull();
        assertThat(v.acknowledgedAt()).isEqualTo(T1);
    }

    @Test
    void everyOpenStatusMayBeClosedAndNoneReturnsToNew() {
        for (IncidentStatus s : EnumSet.range(IncidentStatus.NEW, IncidentStatus.RECOVERY)) {
            assertThat(s.next()).contains(IncidentStatus.CLOSED).doesNotContain(IncidentStatus.NEW, s);
        }
    }

    @Test
    void refusesARecordCountWithoutAPersonalDataBreach() {
        Incident incident = newIncident();
        IncidentFields f = incident.view().fields();
        IncidentFields withCount = new IncidentFields(f.title(), f.description(), f.classKey(), f.typeKey(), f.impact(),
                f.urgency(), f.tlp(), f.pap(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false, 120L);
        assertThatThrownBy(() -> incident.apply(withCount, Priority.P2, null, T1)).isInstanceOf(BadRequestException.class);
        IncidentFields self = new IncidentFields(f.title(), null, f.classKey(), f.typeKey(), f.impact(), f.urgency(),
                f.tlp(), f.pap(), null, null, null, null, "IR-2026-0001", null, null, null, null, null, null, null, null,
                null, false, null);
        assertThatThrownBy(() -> incident.apply(self, Priority.P2, null, T1)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void listsChangedFieldsAsOldToNew() {
        Incident incident = newIncident();
        IncidentView before = incident.view();
        incident.apply(before.fields().withTitle("Phishing wave, second day"), Priority.P1, null, T1);
        assertThat(FieldChanges.between(before, incident.view()))
                .containsExactly("title: Phishing wave → Phishing wave, second day", "priority: P2 → P1");
    }
}
