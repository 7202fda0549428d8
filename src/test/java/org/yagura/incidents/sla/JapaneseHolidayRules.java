package org.yagura.incidents.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.TreeSet;

/**
 * An independent oracle for the shipped holiday list: Japan's national holidays of a year computed
 * from the Act on National Holidays as amended (Happy Monday days, equinoxes by the usual
 * astronomical approximation valid 1980–2099, substitute holidays, the citizens' holiday between two
 * holidays). Special one-off years (2019–2021) are not handled.
 */
final class JapaneseHolidayRules {

    private JapaneseHolidayRules() {
    }

    static TreeSet<LocalDate> of(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(nthMonday(year, 1, 2));
        days.add(LocalDate.of(year, 2, 11));
        days.add(LocalDate.of(year, 2, 23));
        days.add(LocalDate.of(year, 3, vernalEquinox(year)));
        days.add(LocalDate.of(year, 4, 29));
        days.add(LocalDate.of(year, 5, 3));
        days.add(LocalDate.of(year, 5, 4));
        days.add(LocalDate.of(year, 5, 5));
        days.add(nthMonday(year, 7, 3));
        days.add(LocalDate.of(year, 8, 11));
        days.add(nthMonday(year, 9, 3));
        days.add(LocalDate.of(year, 9, autumnalEquinox(year)));
        days.add(nthMonday(year, 10, 2));
        days.add(LocalDate.of(year, 11, 3));
        days.add(LocalDate.of(year, 11, 23));
        // a day between two holidays is a holiday (国民の休日)
        for (LocalDate d : new TreeSet<>(days)) {
            LocalDate next = d.plusDays(1);
            if (!days.contains(next) && days.contains(d.plusDays(2)) && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(next);
            }
        }
        // a holiday on a Sunday moves to the next day that is not a holiday (振替休日)
        for (LocalDate d : new TreeSet<>(days)) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = d.plusDays(1);
                while (days.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.add(substitute);
            }
        }
        return days;
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    private static int vernalEquinox(int year) {
        return (int) (20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    private static int autumnalEquinox(int year) {
        return (int) (23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
