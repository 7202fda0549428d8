package org.yagura.incidents.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yagura.incidents.sla.BusinessCalendarTests.JAPAN;
import static org.yagura.incidents.sla.BusinessCalendarTests.tokyo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored at-risk instant agrees with the state the engine computes on either side of it. */
class SlaAtRiskTests {

    private static final Instant TEN = tokyo("2026-11-30T10:00");

    private static void turnsAtRiskExactlyAt(SlaClock clock, Instant atRiskAt) {
        assertThat(clock.atRiskAt(JAPAN, 75)).isEqualTo(atRiskAt);
        assertThat(clock.evaluate(JAPAN, atRiskAt.minusMillis(1), 75).state()).isEqualTo(SlaState.RUNNING);
        assertThat(clock.evaluate(JAPAN, atRiskAt, 75).state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void calendarClockIsAtRiskAfterTheShareOfItsTarget() {
        turnsAtRiskExactlyAt(new SlaClock(SlaKind.ACKNOWLEDGE, TEN, Duration.ofMinutes(60), false, List.of(), null),
                tokyo("2026-11-30T10:45"));
    }

    @Test
    void businessClockCountsOnlyWorkingTime() {
        // 4 working hours from Monday 16:00: two hours on Monday, 75 % (3 h) reached at Tuesday 10:00
        SlaClock clock = new SlaClock(SlaKind.CONTAIN, tokyo("2026-11-30T16:00"), Duration.ofHours(4), true, List.of(), null);
        turnsAtRiskExactlyAt(clock, tokyo("2026-12-01T10:00"));
    }

    @Test
    void aClosedPauseMovesTheAtRiskInstant() {
        SlaClock clock = new SlaClock(SlaKind.ACKNOWLEDGE, TEN, Duration.ofMinutes(60), false,
                List.of(new PauseInterval(tokyo("2026-11-30T10:10"), tokyo("2026-11-30T10:30"))), null);
        turnsAtRiskExactlyAt(clock, tokyo("2026-11-30T11:05"));
    }

    @Test
    void aRecordThatWaitsHasNoAtRiskInstantButTheNotificationDeadlineKeepsRunning() {
        List<PauseInterval> waiting = List.of(new PauseInterval(tokyo("2026-11-30T10:50"), null));
        SlaClock ack = new SlaClock(SlaKind.ACKNOWLEDGE, TEN, Duration.ofMinutes(60), false, waiting, null);
        assertThat(ack.atRiskAt(JAPAN, 75)).isNull();
        assertThat(ack.evaluate(JAPAN, tokyo("2026-11-30T10:55"), 75).state()).isEqualTo(SlaState.PAUSED);
        SlaClock notification = new SlaClock(SlaKind.BREACH_NOTIFICATION, TEN, Duration.ofHours(72), false, waiting, null);
        turnsAtRiskExactlyAt(notification, tokyo("2026-12-02T16:00"));
    }

    @Test
    void theShareIsRoundedUpToTheMillisecondTheStateChanges() {
        SlaClock clock = new SlaClock(SlaKind.ACKNOWLEDGE, TEN, Duration.ofMinutes(7), false, List.of(), null);
        Instant atRisk = clock.atRiskAt(JAPAN, 33);
        assertThat(atRisk).isEqualTo(TEN.plusMillis((7 * 60_000L * 33 + 99) / 100));
        assertThat(clock.evaluate(JAPAN, atRisk.minusMillis(1), 33).state()).isEqualTo(SlaState.RUNNING);
        assertThat(clock.evaluate(JAPAN, atRisk, 33).state()).isEqualTo(SlaState.AT_RISK);
    }
}
