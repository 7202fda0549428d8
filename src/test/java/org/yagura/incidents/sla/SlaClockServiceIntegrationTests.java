package org.yagura.incidents.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.yagura.shared.api.BadRequestException;
import org.yagura.taxonomy.Priority;

@SpringBootTest
@WithMockUser(username = "lead", roles = "TEAM_LEAD")
class SlaClockServiceIntegrationTests {

    private final SlaClockService clocks;
    private final SlaSettingsService settings;
    private final SlaBreachCheck check;
    private final JdbcClient jdbc;

    @Autowired
    SlaClockServiceIntegrationTests(SlaClockService clocks, SlaSettingsService settings, SlaBreachCheck check, JdbcClient jdbc) {
        this.clocks = clocks;
        this.settings = settings;
        this.check = check;
        this.jdbc = jdbc;
    }

    private static Instant minutesAgo(long minutes) {
        return Instant.now().minus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void startsAClockWithThePriorityTargetAndKeepsAStartedOne() {
        UUID record = UUID.randomUUID();
        Instant start = minutesAgo(5);
        SlaClockView ack = clocks.start(record, SlaKind.ACKNOWLEDGE, Priority.P1, start);
        assertThat(ack.target()).isEqualTo(Duration.ofMinutes(15));
        assertThat(ack.dueAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
        assertThat(ack.state()).isEqualTo(SlaState.RUNNING);
        assertThat(ack.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        SlaClockView again = clocks.start(record, SlaKind.ACKNOWLEDGE, Priority.P4, Instant.now());
        assertThat(again.startedAt()).isEqualTo(start);
        assertThat(again.priority()).isEqualTo(Priority.P1);
        clocks.start(record, SlaKind.BREACH_NOTIFICATION, Priority.P1, start);
        assertThat(clocks.clocksOf(record)).extracting(SlaClockView::kind)
                .containsExactly(SlaKind.ACKNOWLEDGE, SlaKind.BREACH_NOTIFICATION);
    }

    @Test
    void waitingForTheConstituentPausesResponseClocksButNotTheNotificationDeadline() {
        UUID record = UUID.randomUUID();
        Instant start = minutesAgo(60);
        clocks.start(record, SlaKind.RESOLVE, Priority.P1, start);
        clocks.start(record, SlaKind.BREACH_NOTIFICATION, Priority.P1, start);
        List<SlaClockView> paused = clocks.pause(record, start.plus(Duration.ofMinutes(10)));
        assertThat(paused.get(0).state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.get(0).dueAt()).isNull();
        assertThat(paused.get(0).elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(paused.get(1).state()).isEqualTo(SlaState.RUNNING);
        assertThat(paused.get(1).dueAt()).isEqualTo(start.plus(Duration.ofHours(72)));
        assertThat(clocks.pause(record, start.plus(Duration.ofMinutes(20))).get(0).elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_pause WHERE record_id = ?").param(record).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> clocks.resume(record, start)).isInstanceOf(BadRequestException.class);

        List<SlaClockView> resumed = clocks.resume(record, start.plus(Duration.ofMinutes(40)));
        assertThat(resumed.get(0).state()).isEqualTo(SlaState.RUNNING);
        assertThat(resumed.get(0).dueAt()).isEqualTo(start.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(30)));
        assertThat(dueInTable(record, SlaKind.RESOLVE)).isEqualTo(resumed.get(0).dueAt());
    }

    @Test
    void aClockStartedWhileTheRecordWaitsStartsPaused() {
        UUID record = UUID.randomUUID();
        clocks.pause(record, minutesAgo(30));
        SlaClockView contain = clocks.start(record, SlaKind.CONTAIN, Priority.P2, minutesAgo(10));
        assertThat(contain.state()).isEqualTo(SlaState.PAUSED);
        assertThat(contain.elapsed()).isZero();
        assertThat(dueInTable(record, SlaKind.CONTAIN)).isNull();
    }

    @Test
    void aStopInTimeIsMetAndAStopAfterTheDueTimeRecordsTheBreachOnce() {
        UUID met = UUID.randomUUID();
        clocks.start(met, SlaKind.ACKNOWLEDGE, Priority.P1, minutesAgo(10));
        assertThat(clocks.stop(met, SlaKind.ACKNOWLEDGE, minutesAgo(1)).orElseThrow().state()).isEqualTo(SlaState.MET);
        assertThat(clocks.stop(met, SlaKind.RESOLVE, Instant.now())).isEmpty();

        UUID late = UUID.randomUUID();
        clocks.start(late, SlaKind.ACKNOWLEDGE, Priority.P1, minutesAgo(60));
        SlaClockView stopped = clocks.stop(late, SlaKind.ACKNOWLEDGE, minutesAgo(30)).orElseThrow();
        assertThat(stopped.state()).isEqualTo(SlaState.MET_LATE);
        assertThat(stopped.breachedAt()).isNotNull();
        clocks.stop(late, SlaKind.ACKNOWLEDGE, Instant.now());
        check.check(Instant.now());
        assertThat(breachEventsOf(late, 1)).isEqualTo(1);
        assertThatThrownBy(() -> clocks.stop(late, SlaKind.ACKNOWLEDGE, minutesAgo(120))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void theCheckRecordsEachBreachExactlyOnceEvenWhenNodesRace() throws Exception {
        UUID record = UUID.randomUUID();
        Instant start = minutesAgo(120);
        clocks.start(record, SlaKind.ACKNOWLEDGE, Priority.P1, start);
        clocks.start(record, SlaKind.RESOLVE, Priority.P1, start);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> node = () -> check.check(Instant.now());
            List<Future<Integer>> runs = pool.invokeAll(List.of(node, node, node));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        check.check(Instant.now());
        SlaClockView ack = clocks.clocksOf(record).get(0);
        assertThat(ack.state()).isEqualTo(SlaState.BREACHED);
        assertThat(ack.breachedAt()).isNotNull();
        assertThat(clocks.clocksOf(record).get(1).breachedAt()).isNull();
        assertThat(breachEventsOf(record, 1)).isEqualTo(1);
        String summary = jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'sla.breached' AND subject_id = ?")
                .param(record.toString()).query(String.class).single();
        assertThat(summary).startsWith("ACKNOWLEDGE due " + start.plus(Duration.ofMinutes(15)));
    }

    @Test
    void reprioritisingGivesRunningClocksTheNewTargets() {
        UUID record = UUID.randomUUID();
        Instant start = minutesAgo(30);
        clocks.start(record, SlaKind.ACKNOWLEDGE, Priority.P2, start);
        clocks.start(record, SlaKind.CONTAIN, Priority.P2, start);
        clocks.stop(record, SlaKind.ACKNOWLEDGE, minutesAgo(20));
        List<SlaClockView> after = clocks.reprioritise(record, Priority.P1);
        assertThat(after.get(0).priority()).isEqualTo(Priority.P2);
        assertThat(after.get(0).state()).isEqualTo(SlaState.MET);
        assertThat(after.get(1).priority()).isEqualTo(Priority.P1);
        assertThat(after.get(1).target()).isEqualTo(Duration.ofHours(4));
        assertThat(after.get(1).dueAt()).isEqualTo(start.plus(Duration.ofHours(4)));
        assertThat(dueInTable(record, SlaKind.CONTAIN)).isEqualTo(start.plus(Duration.ofHours(4)));
    }

    @Test
    void flagsBreachedAndAtRiskRecordsOfAListInOneCall() {
        UUID breached = UUID.randomUUID();
        UUID atRisk = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        UUID without = UUID.randomUUID();
        clocks.start(breached, SlaKind.ACKNOWLEDGE, Priority.P1, minutesAgo(20));
        clocks.start(atRisk, SlaKind.ACKNOWLEDGE, Priority.P1, minutesAgo(13));
        clocks.start(running, SlaKind.ACKNOWLEDGE, Priority.P1, minutesAgo(1));
        clocks.start(running, SlaKind.RESOLVE, Priority.P1, minutesAgo(1));
        clocks.pause(running, minutesAgo(0));
        Map<UUID, RecordSla> states = clocks.statesOf(List.of(breached, atRisk, running, without));
        assertThat(states).doesNotContainKey(without);
        assertThat(states.get(breached).breached()).isTrue();
        assertThat(states.get(atRisk).atRisk()).isTrue();
        assertThat(states.get(atRisk).breached()).isFalse();
        assertThat(states.get(running).breached()).isFalse();
        assertThat(states.get(running).atRisk()).isFalse();
        assertThat(states.get(running).clocks()).extracting(SlaClockView::state).containsOnly(SlaState.PAUSED);
        assertThat(clocks.statesOf(List.of())).isEmpty();
    }

    @Test
    void aNewHolidayMovesTheDueTimeOfBusinessHoursClocks() {
        UUID record = UUID.randomUUID();
        ZoneId tokyo = settings.calendarSettings().zone();
        LocalDate monday = LocalDate.of(2030, 4, 1);
        Instant start = monday.atTime(9, 0).atZone(tokyo).toInstant();
        SlaClockView resolve = clocks.start(record, SlaKind.RESOLVE, Priority.P4, start);
        assertThat(resolve.target()).isEqualTo(Duration.ofMinutes(5400));
        assertThat(resolve.dueAt()).isEqualTo(monday.plusDays(11).atTime(18, 0).atZone(tokyo).toInstant());
        settings.saveHoliday(new Holiday(monday.plusDays(2), "Founding day", "創立記念日"));
        try {
            assertThat(dueInTable(record, SlaKind.RESOLVE)).isEqualTo(monday.plusDays(14).atTime(18, 0).atZone(tokyo).toInstant());
        } finally {
            settings.removeHoliday(monday.plusDays(2));
        }
        assertThat(dueInTable(record, SlaKind.RESOLVE)).isEqualTo(resolve.dueAt());
    }

    private Instant dueInTable(UUID record, SlaKind kind) {
        return jdbc.sql("SELECT due_at FROM sla_clock WHERE record_id = ? AND kind = ?").params(record, kind.name())
                .query((rs, n) -> {
                    java.time.OffsetDateTime v = rs.getObject(1, java.time.OffsetDateTime.class);
                    return v == null ? null : v.toInstant();
                }).list().get(0);
    }

    /** Waits until the audit trail has {@code expected} breach entries for the record, lets stragglers arrive, and counts again. */
    private long breachEventsOf(UUID record, long expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> countBreaches(record) >= expected);
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return countBreaches(record);
    }

    private long countBreaches(UUID record) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'sla.breached' AND subject_id = ?")
                .param(record.toString()).query(Long.class).single();
    }
}
