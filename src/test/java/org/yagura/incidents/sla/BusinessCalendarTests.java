package org.yagura.incidents.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5),
            LocalDate.of(2026, 5, 6), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23),
            LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 1));
    static final BusinessCalendar JAPAN = BusinessCalendar.weekdays(TOKYO, HOLIDAYS);

    static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }

    @Test
    void countsOnlyTheWorkingHoursOfADay() {
        assertThat(JAPAN.workingTimeBetween(tokyo("2026-11-30T08:00"), tokyo("2026-11-30T20:00"))).isEqualTo(Duration.ofHours(9));
        assertThat(JAPAN.workingTimeBetween(tokyo("2026-11-30T10:15"), tokyo("2026-11-30T11:00"))).isEqualTo(Duration.ofMinutes(45));
        assertThat(JAPAN.workingTimeBetween(tokyo("2026-11-30T19:00"), tokyo("2026-12-01T08:59"))).isZero();
        assertThat(JAPAN.workingTimeBetween(tokyo("2026-11-30T12:00"), tokyo("2026-11-30T11:00"))).isZero();
    }

    @Test
    void skipsTheWeekend() {
        assertThat(JAPAN.addWorkingTime(tokyo("2026-11-27T17:00"), Duration.ofHours(2))).isEqualTo(tokyo("2026-11-30T10:00"));
        assertThat(JAPAN.workingTimeBetween(tokyo("2026-11-27T17:00"), tokyo("2026-11-30T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void skipsHolidaysAfterAWeekendAsInGoldenWeek() {
        // Friday 1 May, then Saturday to Wednesday off (5/4 Greenery Day, 5/5 Children's Day, 5/6 substitute holiday)
        assertThat(JAPAN.addWorkingTime(tokyo("2026-05-01T17:00"), Duration.ofHours(2))).isEqualTo(tokyo("2026-05-07T10:00"));
        // Silver Week: 9/21 Respect for the Aged Day, 9/22 citizens' holiday, 9/23 Autumnal Equinox Day
        assertThat(JAPAN.addWorkingTime(tokyo("2026-09-18T17:30"), Duration.ofHours(1))).isEqualTo(tokyo("2026-09-24T09:30"));
        assertThat(JAPAN.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(JAPAN.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
    }

    @Test
    void startsCountingAtTheNextOpeningOutsideWorkingHours() {
        assertThat(JAPAN.addWorkingTime(tokyo("2026-12-01T20:00"), Duration.ofHours(1))).isEqualTo(tokyo("2026-12-02T10:00"));
        assertThat(JAPAN.addWorkingTime(tokyo("2026-12-02T03:00"), Duration.ofHours(1))).isEqualTo(tokyo("2026-12-02T10:00"));
        assertThat(JAPAN.addWorkingTime(tokyo("2026-12-31T17:00"), Duration.ofHours(2))).isEqualTo(tokyo("2027-01-04T10:00"));
    }

    @Test
    void endsAtClosingTimeWhenTheAmountFillsTheDay() {
        assertThat(JAPAN.addWorkingTime(tokyo("2026-11-30T09:00"), Duration.ofHours(9))).isEqualTo(tokyo("2026-11-30T18:00"));
        assertThat(JAPAN.addWorkingTime(tokyo("2026-11-30T09:00"), Duration.ofHours(9).plusMinutes(1)))
                .isEqualTo(tokyo("2026-12-01T09:01"));
    }

    @Test
    void treatsMidnightAsTheEndOfAWholeWorkingDay() {
        BusinessCalendar allWeekdays = new BusinessCalendar(TOKYO, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of());
        assertThat(allWeekdays.addWorkingTime(tokyo("2026-11-27T23:00"), Duration.ofHours(2))).isEqualTo(tokyo("2026-11-30T01:00"));
        assertThat(allWeekdays.workingTimeBetween(tokyo("2026-11-27T23:00"), tokyo("2026-11-30T01:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aWorkingDayWithADaylightSavingChangeIsAnHourShorterOrLonger() {
        BusinessCalendar everyDay = new BusinessCalendar(NEW_YORK, EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT, Set.of());
        Instant springStart = LocalDate.of(2026, 3, 8).atStartOfDay(NEW_YORK).toInstant();
        assertThat(everyDay.workingTimeBetween(springStart, springStart.plus(Duration.ofDays(2))))
                .isEqualTo(Duration.ofHours(48));
        assertThat(everyDay.workingTimeBetween(springStart, LocalDate.of(2026, 3, 9).atStartOfDay(NEW_YORK).toInstant()))
                .isEqualTo(Duration.ofHours(23));
        Instant fallStart = LocalDate.of(2026, 11, 1).atStartOfDay(NEW_YORK).toInstant();
        assertThat(everyDay.workingTimeBetween(fallStart, LocalDate.of(2026, 11, 2).atStartOfDay(NEW_YORK).toInstant()))
                .isEqualTo(Duration.ofHours(25));

        BusinessCalendar office = new BusinessCalendar(NEW_YORK, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
                LocalTime.of(17, 0), Set.of());
        Instant saturdayNoon = LocalDateTime.parse("2026-03-07T12:00").atZone(NEW_YORK).toInstant();
        // Saturday 12:00–17:00 EST (5 h), then Sunday from 09:00 EDT: 3 more hours end at 12:00 EDT
        Instant due = office.addWorkingTime(saturdayNoon, Duration.ofHours(8));
        assertThat(due.atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T12:00"));
        assertThat(Duration.between(saturdayNoon, due)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void addingAndMeasuringWorkingTimeAreInverse() {
        Random random = new Random(42);
        Instant base = tokyo("2026-04-25T00:00");
        for (int i = 0; i < 500; i++) {
            Instant from = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 200)));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 9 * 15));
            Instant due = JAPAN.addWorkingTime(from, amount);
            assertThat(JAPAN.workingTimeBetween(from, due)).as("from %s plus %s", from, amount).isEqualTo(amount);
            assertThat(JAPAN.isWorkingDay(due.minusNanos(1).atZone(TOKYO).toLocalDate())).isTrue();
        }
    }

    @Test
    void refusesACalendarWithoutWorkingTime() {
        assertThatThrownBy(() -> new BusinessCalendar(TOKYO, Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(TOKYO, Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0),
                LocalTime.of(9, 0), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JAPAN.addWorkingTime(tokyo("2026-11-30T09:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
