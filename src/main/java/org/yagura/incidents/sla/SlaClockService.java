package org.yagura.incidents.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.api.BadRequestException;
import org.yagura.taxonomy.Priority;

/**
 * The front door for the SLA clocks of records, for the incidents module to drive from its
 * lifecycle: start a clock per kind, pause and resume all of a record's clocks while it waits for
 * the constituent, stop a clock when its goal is met, follow a change of priority, and read the
 * clocks of one record or the flags of a whole list. Authorisation is the caller's concern.
 */
@Service
@Transactional
public class SlaClockService {

    private final SlaClockStore store;
    private final SlaSettingsService settings;
    private final SlaBreaches breaches;

    SlaClockService(SlaClockStore store, SlaSettingsService settings, SlaBreaches breaches) {
        this.store = store;
        this.settings = settings;
        this.breaches = breaches;
    }

    /** Starts the clock of this kind with the priority's target; a clock that exists already is returned unchanged. */
    public SlaClockView start(UUID recordId, SlaKind kind, Priority priority, Instant startedAt) {
        Optional<SlaClockStore.Row> existing = store.clock(recordId, kind);
        if (existing.isEmpty()) {
            SlaTarget target = settings.target(priority, kind);
            SlaClockStore.Row row = new SlaClockStore.Row(UUID.randomUUID(), recordId, kind, priority, target.target(),
                    target.businessHours(), SlaClockStore.micros(startedAt), null, null, null);
            store.insert(row, timing(row, store.pauses(recordId)));
        }
        return clocksOf(recordId).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    /**
     * Starts a stopped clock of this kind again from {@code at} with the priority's target (a reopened
     * record); a running clock is left alone and a missing one is started.
     */
    public SlaClockView restart(UUID recordId, SlaKind kind, Priority priority, Instant at) {
        Optional<SlaClockStore.Row> existing = store.clock(recordId, kind);
        if (existing.isEmpty()) {
            return start(recordId, kind, priority, at);
        }
        SlaClockStore.Row row = existing.get();
        if (row.stoppedAt() != null) {
            SlaTarget target = settings.target(priority, kind);
            SlaClockStore.Row fresh = new SlaClockStore.Row(row.id(), recordId, kind, priority, target.target(),
                    target.businessHours(), SlaClockStore.micros(at), null, null, null);
            store.restart(row.id(), fresh.startedAt(), priority, target, timing(fresh, store.pauses(recordId)));
        }
        return clocksOf(recordId).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    /** Whether the record waits for its constituent now (a pause without a resume). */
    @Transactional(readOnly = true)
    public boolean waiting(UUID recordId) {
        return store.pauses(recordId).stream().anyMatch(PauseInterval::open);
    }

    /**
     * The records with a running clock that is at risk or breached at {@code now}, for the "at risk /
     * overdue" queue of a full-text search: one indexed query on the stored instants.
     */
    @Transactional(readOnly = true)
    public Set<UUID> recordsAtRiskOrOverdue(Instant now) {
        return new LinkedHashSet<>(store.recordsAtRiskOrOverdue(now));
    }

    /** The records with a running clock breached ({@code breached}) or at risk and not yet overdue at {@code now}. */
    @Transactional(readOnly = true)
    public Set<UUID> recordsFlagged(boolean breached, Instant now) {
        return new LinkedHashSet<>(store.recordsFlagged(breached, now));
    }

    /** The record now waits for its constituent: its pausable clocks stop counting from {@code at}. No-op while already waiting. */
    public List<SlaClockView> pause(UUID recordId, Instant at) {
        List<PauseInterval> pauses = store.pauses(recordId);
        if (pauses.stream().noneMatch(PauseInterval::open)
                && pauses.stream().noneMatch(p -> p.pausedAt().equals(SlaClockStore.micros(at)))) {
            store.insertPause(recordId, SlaClockStore.micros(at));
            refreshDueTimes(recordId);
        }
        return clocksOf(recordId);
    }

    /** The constituent answered: the record's clocks count again from {@code at}. No-op when not waiting. */
    public List<SlaClockView> resume(UUID recordId, Instant at) {
        Optional<PauseInterval> open = store.pauses(recordId).stream().filter(PauseInterval::open).findFirst();
        if (open.isPresent()) {
            if (SlaClockStore.micros(at).isBefore(open.get().pausedAt())) {
                throw new BadRequestException("sla.error.resume-before-pause");
            }
            store.resumePause(recordId, open.get().pausedAt(), SlaClockStore.micros(at));
            refreshDueTimes(recordId);
        }
        return clocksOf(recordId);
    }

    /**
     * Stops the clock of this kind at {@code at} (its goal is met); a stop after the due time records
     * the breach if the periodic check has not. Empty when the record has no such clock.
     */
    public Optional<SlaClockView> stop(UUID recordId, SlaKind kind, Instant at) {
        Optional<SlaClockStore.Row> clock = store.clock(recordId, kind);
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        SlaClockStore.Row row = clock.get();
        Instant stop = SlaClockStore.micros(at);
        if (stop.isBefore(row.startedAt())) {
            throw new BadRequestException("sla.error.stop-before-start");
        }
        if (row.stoppedAt() == null && store.stop(row.id(), stop)) {
            SlaClockStore.Row stopped = new SlaClockStore.Row(row.id(), recordId, kind, row.priority(), row.target(),
                    row.businessHours(), row.startedAt(), row.dueAt(), stop, row.breachedAt());
            SlaEvaluation result = stopped.engine(store.pauses(recordId)).evaluate(settings.businessCalendar(), stop, 100);
            if (result.state() == SlaState.MET_LATE && row.breachedAt() == null && result.dueAt() != null) {
                breaches.recordStoppedLate(row, result.dueAt(), stop);
            }
        }
        return clocksOf(recordId).stream().filter(c -> c.kind() == kind).findFirst();
    }

    /**
     * The record's priority changed: its running clocks take the new priority's targets and due times;
     * stopped clocks keep theirs, and a breach already recorded stays recorded.
     */
    public List<SlaClockView> reprioritise(UUID recordId, Priority priority) {
        List<PauseInterval> pauses = store.pauses(recordId);
        for (SlaClockStore.Row row : store.clocks(recordId)) {
            if (row.stoppedAt() == null && row.priority() != priority) {
                SlaTarget target = settings.target(priority, row.kind());
                SlaClockStore.Row changed = new SlaClockStore.Row(row.id(), recordId, row.kind(), priority, target.target(),
                        target.businessHours(), row.startedAt(), null, null, row.breachedAt());
                store.retarget(row.id(), priority, target, timing(changed, pauses));
            }
        }
        return clocksOf(recordId);
    }

    /** The clocks of one record as they stand now, in the order of {@link SlaKind}. */
    @Transactional(readOnly = true)
    public List<SlaClockView> clocksOf(UUID recordId) {
        return statesOf(List.of(recordId)).getOrDefault(recordId, RecordSla.NONE).clocks();
    }

    /** The clocks of many records as they stand now, for the flags of a list; records without clocks are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, RecordSla> statesOf(Collection<UUID> recordIds) {
        return statesAt(recordIds, Instant.now());
    }

    /** The clocks of many records as they stand at {@code now} (tests move time forward with it). */
    @Transactional(readOnly = true)
    public Map<UUID, RecordSla> statesAt(Collection<UUID> recordIds, Instant now) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        SlaClockStore.Records records = store.records(recordIds);
        if (records.clocks().isEmpty()) {
            return Map.of();
        }
        SlaCalendarSettings calendarSettings = settings.calendarSettings();
        BusinessCalendar calendar = settings.businessCalendar(calendarSettings);
        int atRisk = calendarSettings.atRiskPercent();
        Map<UUID, RecordSla> result = new LinkedHashMap<>();
        records.clocks().forEach((recordId, rows) -> result.put(recordId, new RecordSla(rows.stream()
                .map(row -> view(row, records.pausesOf(recordId), calendar, now, atRisk)).toList())));
        return result;
    }

    /**
     * Due and at-risk times of every running clock again, after the calendar, a holiday or the at-risk
     * share changed (the share moves calendar-time clocks too).
     */
    void refreshAllDueTimes() {
        SlaCalendarSettings calendarSettings = settings.calendarSettings();
        BusinessCalendar calendar = settings.businessCalendar(calendarSettings);
        for (SlaClockStore.Row row : store.openClocks()) {
            store.updateDue(row.id(), timing(row, store.pauses(row.recordId()), calendar, calendarSettings.atRiskPercent()));
        }
    }

    private void refreshDueTimes(UUID recordId) {
        List<PauseInterval> pauses = store.pauses(recordId);
        for (SlaClockStore.Row row : store.clocks(recordId)) {
            if (row.stoppedAt() == null) {
                store.updateDue(row.id(), timing(row, pauses));
            }
        }
    }

    private SlaClockStore.Timing timing(SlaClockStore.Row row, List<PauseInterval> pauses) {
        SlaCalendarSettings calendarSettings = settings.calendarSettings();
        return timing(row, pauses, settings.businessCalendar(calendarSettings), calendarSettings.atRiskPercent());
    }

    /** When a running clock falls due and becomes at risk, as stored beside it. */
    static SlaClockStore.Timing timing(SlaClockStore.Row row, List<PauseInterval> pauses, BusinessCalendar calendar,
            int atRiskPercent) {
        SlaClock clock = new SlaClock(row.kind(), row.startedAt(), row.target(), row.businessHours(), pauses, null);
        return new SlaClockStore.Timing(clock.evaluate(calendar, row.startedAt(), 100).dueAt(),
                clock.atRiskAt(calendar, atRiskPercent));
    }

    private static SlaClockView view(SlaClockStore.Row row, List<PauseInterval> pauses, BusinessCalendar calendar,
            Instant now, int atRisk) {
        SlaEvaluation e = row.engine(pauses).evaluate(calendar, now, atRisk);
        SlaState state = e.state();
        if (row.breachedAt() != null && row.stoppedAt() == null) {
            state = SlaState.BREACHED;
        } else if (row.breachedAt() != null && state == SlaState.MET) {
            state = SlaState.MET_LATE;
        }
        return new SlaClockView(row.recordId(), row.kind(), row.priority(), row.startedAt(), row.target(), row.businessHours(),
                e.dueAt(), e.elapsed(), e.remaining(), e.percentConsumed(), state, row.stoppedAt(), row.breachedAt());
    }
}
