package org.yagura.incidents.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SLA engine for one clock, free of storage and of the system clock: a kind, a start, a
 * target, whether the target counts business hours only, the pauses of the record and, once met,
 * the stop. {@link #evaluate} says where it stands at a given moment.
 */
public record SlaClock(SlaKind kind, Instant startedAt, Duration target, boolean businessHours,
        List<PauseInterval> pauses, @Nullable Instant stoppedAt) {

    public SlaClock {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("An SLA target must be positive: " + target);
        }
        if (stoppedAt != null && stoppedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("A clock cannot stop before it starts");
        }
        pauses = List.copyOf(pauses);
    }

    /** Where the clock stands at {@code now}; {@code atRiskPercent} of the target consumed makes it at risk. */
    public SlaEvaluation evaluate(BusinessCalendar calendar, Instant now, int atRiskPercent) {
        Instant end = stoppedAt != null ? stoppedAt : max(now, startedAt);
        List<PauseInterval> paused = effectivePauses();
        Duration elapsed = Duration.ZERO;
        Instant cursor = startedAt;
        for (PauseInterval p : paused) {
            if (!p.pausedAt().isBefore(end)) {
                break;
            }
            elapsed = elapsed.plus(measure(calendar, cursor, p.pausedAt()));
            cursor = p.resumedAt() == null ? end : min(max(cursor, p.resumedAt()), end);
        }
        elapsed = elapsed.plus(measure(calendar, cursor, end));
        boolean pausedNow = stoppedAt == null && paused.stream().anyMatch(p -> !p.pausedAt().isAfter(end)
                && (p.resumedAt() == null || p.resumedAt().isAfter(end)));
        Instant due = dueAt(calendar, paused);
        Duration remaining = target.minus(elapsed);
        int percent = (int) Math.min(Integer.MAX_VALUE, elapsed.toMillis() * 100 / target.toMillis());
        return new SlaEvaluation(due, elapsed, remaining, percent, state(elapsed, pausedNow, atRiskPercent));
    }

    /**
     * The instant the clock becomes at risk ({@code atRiskPercent} of the target consumed, counting
     * only time outside pauses), so that lists can ask "at risk now" as {@code at_risk_at <= now}.
     * Null while the record waits for its constituent (a paused clock is not at risk) or when a
     * pause that is still open began before that point.
     */
    public @Nullable Instant atRiskAt(BusinessCalendar calendar, int atRiskPercent) {
        if (atRiskPercent < 1 || atRiskPercent > 100) {
            throw new IllegalArgumentException("The at-risk share must be 1–100 %: " + atRiskPercent);
        }
        if (kind.pausable() && pauses.stream().anyMatch(PauseInterval::open)) {
            return null;
        }
        // the state turns AT_RISK when elapsed * 100 >= target * percent, so round the share up
        long millis = Math.max(1, (target.toMillis() * atRiskPercent + 99) / 100);
        return new SlaClock(kind, startedAt, Duration.ofMillis(millis), businessHours, pauses, null)
                .dueAt(calendar, effectivePauses());
    }

    private SlaState state(Duration elapsed, boolean pausedNow, int atRiskPercent) {
        if (stoppedAt != null) {
            return elapsed.compareTo(target) <= 0 ? SlaState.MET : SlaState.MET_LATE;
        }
        if (elapsed.compareTo(target) >= 0) {
            return SlaState.BREACHED;
        }
        if (pausedNow) {
            return SlaState.PAUSED;
        }
        return elapsed.toMillis() * 100 >= target.toMillis() * atRiskPercent ? SlaState.AT_RISK : SlaState.RUNNING;
    }

    /**
     * The instant the target is reached, counting only time outside pauses; null when a pause that
     * began before then is still open.
     */
    private @Nullable Instant dueAt(BusinessCalendar calendar, List<PauseInterval> paused) {
        Duration left = target;
        Instant cursor = startedAt;
        for (PauseInterval p : paused) {
            Duration available = measure(calendar, cursor, p.pausedAt());
            if (left.compareTo(available) <= 0) {
                break;
            }
            left = left.minus(available);
            if (p.resumedAt() == null) {
                return null;
            }
            cursor = max(cursor, p.resumedAt());
        }
        return businessHours ? calendar.addWorkingTime(cursor, left) : cursor.plus(left);
    }

    /** The pauses that count: none for kinds that never pause; else merged, in order, cut to begin at the start. */
    private List<PauseInterval> effectivePauses() {
        if (!kind.pausable()) {
            return List.of();
        }
        List<PauseInterval> sorted = pauses.stream()
                .filter(p -> p.resumedAt() == null || p.resumedAt().isAfter(startedAt))
                .map(p -> new PauseInterval(max(p.pausedAt(), startedAt), p.resumedAt()))
                .sorted(Comparator.comparing(PauseInterval::pausedAt)).toList();
        List<PauseInterval> merged = new ArrayList<>();
        for (PauseInterval p : sorted) {
            PauseInterval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.resumedAt() == null || !p.pausedAt().isAfter(last.resumedAt()))) {
                Instant resumed = last.resumedAt() == null || p.resumedAt() == null ? null : max(last.resumedAt(), p.resumedAt());
                merged.set(merged.size() - 1, new PauseInterval(last.pausedAt(), resumed));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    private Duration measure(BusinessCalendar calendar, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return businessHours ? calendar.workingTimeBetween(from, to) : Duration.between(from, to);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
