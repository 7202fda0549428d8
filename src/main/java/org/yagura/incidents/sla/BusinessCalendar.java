package org.yagura.incidents.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the team works: the same hours on every working day of the week in one time zone, except
 * on holidays. {@code workEnd} 00:00 means midnight at the end of the day. Day boundaries follow the
 * zone's rules, so a working day that contains a daylight-saving change is an hour shorter or longer.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime workStart, LocalTime workEnd,
        Set<LocalDate> holidays) {

    /** Looking further than this for working time means the calendar has none. */
    private static final int MAX_DAYS = 366 * 20;

    public BusinessCalendar {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one working day");
        }
        if (!workEnd.equals(LocalTime.MIDNIGHT) && !workStart.isBefore(workEnd)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + workStart + "–" + workEnd);
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, 09:00–18:00 in the zone, with these holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, Set<LocalDate> holidays) {
        return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0), holidays);
    }

    /** Whether the team works on this date at all. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant start = max(opens(day), from);
            Instant end = min(closes(day), to);
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of working time has passed since {@code from}. */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Cannot add negative working time: " + amount);
        }
        Duration left = amount;
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++) {
            LocalDate day = first.plusDays(i);
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant start = max(opens(day), from);
            Instant end = closes(day);
            if (!end.isAfter(start)) {
                continue;
            }
            Duration available = Duration.between(start, end);
            if (left.compareTo(available) <= 0) {
                return left.isZero() ? start : start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + from);
    }

    private Instant opens(LocalDate day) {
        return day.atTime(workStart).atZone(zone).toInstant();
    }

    private Instant closes(LocalDate day) {
        return workEnd.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : day.atTime(workEnd).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
