package org.yagura.incidents.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.incidents.sla.BusinessCalendarTests.JAPAN;
import static org.yagura.incidents.sla.BusinessCalendarTests.tokyo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SlaClockTests {

    private static final Instant TEN = tokyo("2026-11-30T10:00");

    private static SlaClock calendar(SlaKind kind, Duration target, List<PauseInterval> pauses, @Nullable Instant stop) {
        return new SlaClock(kind, TEN, target, false, pauses, stop);
    }

    private static SlaEvaluation at(SlaClock clock, String localTime) {
        return clock.evaluate(JAPAN, tokyo(localTime), 75);
    }

    private static PauseInterval pause(String from, @Nullable String to) {
        return new PauseInterval(tokyo(from), to == null ? null : tokyo(to));
    }

    @Test
    void runsThenIsAtRiskThenBreachesInCalendarTime() {
        SlaClock ack = calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), List.of(), null);
        SlaEvaluation early = at(ack, "2026-11-30T10:05");
        assertThat(early.state()).isEqualTo(SlaState.RUNNING);
        assertThat(early.dueAt()).isEqualTo(tokyo("2026-11-30T10:15"));
        assertThat(early.elapsed()).isEqualTo(Duration.ofMinutes(5));
        assertThat(early.remaining()).isEqualTo(Duration.ofMinutes(10));
        assertThat(early.percentConsumed()).isEqualTo(33);
        assertThat(at(ack, "2026-11-30T10:11").state()).isEqualTo(SlaState.RUNNING);
        assertThat(at(ack, "2026-11-30T10:12").state()).isEqualTo(SlaState.AT_RISK);
        assertThat(at(ack, "2026-11-30T10:15").state()).isEqualTo(SlaState.BREACHED);
        SlaEvaluation late = at(ack, "2026-11-30T10:20");
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.remaining()).isEqualTo(Duration.ofMinutes(-5));
        assertThat(late.percentConsumed()).isEqualTo(133);
    }

    @Test
    void calendarTimeRunsThroughNightsWeekendsAndHolidays() {
        SlaClock resolve = new SlaClock(SlaKind.RESOLVE, tokyo("2026-11-20T18:00"), Duration.ofHours(24), false, List.of(), null);
        assertThat(resolve.evaluate(JAPAN, tokyo("2026-11-21T00:00"), 75).dueAt()).isEqualTo(tokyo("2026-11-21T18:00"));
    }

    @Test
    void businessTimeStopsOverWeekendsAndHolidays() {
        // Friday 20 November 17:00; Monday 23 November is Labour Thanksgiving Day
        SlaClock contain = new SlaClock(SlaKind.CONTAIN, tokyo("2026-11-20T17:00"), Duration.ofHours(4), true, List.of(), null);
        SlaEvaluation monday = contain.evaluate(JAPAN, tokyo("2026-11-23T12:00"), 75);
        assertThat(monday.dueAt()).isEqualTo(tokyo("2026-11-24T12:00"));
        assertThat(monday.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(monday.state()).isEqualTo(SlaState.RUNNING);
        assertThat(contain.evaluate(JAPAN, tokyo("2026-11-24T11:00"), 75).state()).isEqualTo(SlaState.AT_RISK);
        assertThat(contain.evaluate(JAPAN, tokyo("2026-11-24T12:00"), 75).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aStopWithinTheTargetIsMetAndAfterItMetLate() {
        assertThat(at(calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), List.of(), tokyo("2026-11-30T10:14")),
                "2026-11-30T12:00").state()).isEqualTo(SlaState.MET);
        assertThat(at(calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), List.of(), tokyo("2026-11-30T10:15")),
                "2026-11-30T12:00").state()).isEqualTo(SlaState.MET);
        SlaEvaluation late = at(calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), List.of(), tokyo("2026-11-30T10:40")),
                "2026-11-30T12:00");
        assertThat(late.state()).isEqualTo(SlaState.MET_LATE);
        assertThat(late.elapsed()).isEqualTo(Duration.ofMinutes(40));
        assertThat(late.remaining()).isEqualTo(Duration.ofMinutes(-25));
    }

    @Test
    void waitingForTheConstituentPausesTheClockAndMovesItsDueTime() {
        SlaClock waiting = calendar(SlaKind.RESOLVE, Duration.ofHours(1), List.of(pause("2026-11-30T10:20", null)), null);
        SlaEvaluation paused = at(waiting, "2026-11-30T12:00");
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.elapsed()).isEqualTo(Duration.ofMinutes(20));

        SlaClock resumed = calendar(SlaKind.RESOLVE, Duration.ofHours(1),
                List.of(pause("2026-11-30T10:20", "2026-11-30T10:50")), null);
        SlaEvaluation running = at(resumed, "2026-11-30T11:00");
        assertThat(running.dueAt()).isEqualTo(tokyo("2026-11-30T11:30"));
        assertThat(running.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(running.state()).isEqualTo(SlaState.RUNNING);
    }

    @Test
    void aPauseSpanningNonWorkingTimeTakesOnlyWorkingTimeOff() {
        SlaClock plain = new SlaClock(SlaKind.CONTAIN, tokyo("2026-11-27T16:00"), Duration.ofHours(4), true, List.of(), null);
        assertThat(plain.evaluate(JAPAN, tokyo("2026-11-27T16:30"), 75).dueAt()).isEqualTo(tokyo("2026-11-30T11:00"));
        SlaClock paused = new SlaClock(SlaKind.CONTAIN, tokyo("2026-11-27T16:00"), Duration.ofHours(4), true,
                List.of(pause("2026-11-27T17:00", "2026-11-30T10:00")), null);
        SlaEvaluation monday = paused.evaluate(JAPAN, tokyo("2026-11-30T12:00"), 75);
        assertThat(monday.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(monday.dueAt()).isEqualTo(tokyo("2026-11-30T13:00"));
        assertThat(monday.state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void overlappingAndEarlyPausesCountOnce() {
        SlaClock clock = calendar(SlaKind.ACKNOWLEDGE, Duration.ofHours(1), List.of(
                pause("2026-11-30T10:20", "2026-11-30T10:40"), pause("2026-11-30T09:00", "2026-11-30T10:10"),
                pause("2026-11-30T10:30", "2026-11-30T10:50"), pause("2026-11-30T10:45", "2026-11-30T10:45")), null);
        SlaEvaluation now = at(clock, "2026-11-30T11:00");
        assertThat(now.elapsed()).isEqualTo(Duration.ofMinutes(20));
        assertThat(now.dueAt()).isEqualTo(tokyo("2026-11-30T11:40"));
    }

    @Test
    void aPauseAfterTheDueTimeDoesNotUndoTheBreach() {
        SlaClock clock = calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), List.of(pause("2026-11-30T10:20", null)), null);
        SlaEvaluation now = at(clock, "2026-11-30T11:00");
        assertThat(now.state()).isEqualTo(SlaState.BREACHED);
        assertThat(now.dueAt()).isEqualTo(tokyo("2026-11-30T10:15"));
        assertThat(now.elapsed()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void theBreachNotificationDeadlineNeverPauses() {
        SlaClock notify = calendar(SlaKind.BREACH_NOTIFICATION, Duration.ofHours(72),
                List.of(pause("2026-11-30T11:00", null)), null);
        SlaEvaluation now = at(notify, "2026-12-02T10:00");
        assertThat(now.dueAt()).isEqualTo(tokyo("2026-12-03T10:00"));
        assertThat(now.elapsed()).isEqualTo(Duration.ofHours(48));
        assertThat(now.state()).isEqualTo(SlaState.RUNNING);
        assertThat(at(notify, "2026-12-02T17:00").state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void aClockStartedOnAHolidayWaitsForTheNextWorkingDay() {
        SlaClock ack = new SlaClock(SlaKind.ACKNOWLEDGE, tokyo("2027-01-01T10:00"), Duration.ofHours(9), true, List.of(), null);
        SlaEvaluation now = ack.evaluate(JAPAN, tokyo("2027-01-02T10:00"), 75);
        assertThat(now.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(now.dueAt()).isEqualTo(tokyo("2027-01-04T18:00"));
    }

    @Test
    void theAtRiskThresholdIsConfigurable() {
        SlaClock ack = calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(100), List.of(), null);
        assertThat(ack.evaluate(JAPAN, TEN.plus(Duration.ofMinutes(50)), 50).state()).isEqualTo(SlaState.AT_RISK);
        assertThat(ack.evaluate(JAPAN, TEN.plus(Duration.ofMinutes(50)), 90).state()).isEqualTo(SlaState.RUNNING);
    }

    @Test
    void isNotStartedBeforeItsStart() {
        SlaEvaluation before = at(calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), List.of(), null), "2026-11-30T09:00");
        assertThat(before.elapsed()).isZero();
        assertThat(before.state()).isEqualTo(SlaState.RUNNING);
    }

    @Test
    void refusesANonPositiveTargetAndAStopBeforeTheStart() {
        assertThatThrownBy(() -> calendar(SlaKind.ACKNOWLEDGE, Duration.ZERO, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(-5), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar(SlaKind.ACKNOWLEDGE, Duration.ofMinutes(5), List.of(), tokyo("2026-11-30T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pause("2026-11-30T10:00", "2026-11-30T09:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
