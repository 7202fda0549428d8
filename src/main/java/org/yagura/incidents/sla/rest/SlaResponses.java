package org.yagura.incidents.sla.rest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.yagura.incidents.sla.Holiday;
import org.yagura.incidents.sla.SlaCalendarSettings;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.incidents.sla.SlaTarget;
import org.yagura.taxonomy.Priority;

/** Response bodies of the SLA settings API. */
final class SlaResponses {

    private SlaResponses() {
    }

    /** A target, in minutes and as an ISO-8601 duration. */
    record TargetResponse(Priority priority, SlaKind kind, long minutes, String duration, boolean businessHours) {
        static TargetResponse of(SlaTarget t) {
            return new TargetResponse(t.priority(), t.kind(), t.target().toMinutes(), t.target().toString(), t.businessHours());
        }
    }

    /** The working week; times are {@code HH:MM}, {@code workEnd} 00:00 meaning midnight. */
    record CalendarResponse(String zone, List<DayOfWeek> workingDays, String workStart, String workEnd, int atRiskPercent) {
        static CalendarResponse of(SlaCalendarSettings s) {
            return new CalendarResponse(s.zone().getId(), s.workingDaysInOrder(), s.workStart().toString(),
                    s.workEnd().toString(), s.atRiskPercent());
        }
    }

    /** A holiday with both names and the one in the caller's language. */
    record HolidayResponse(LocalDate date, String name, String nameEn, String nameJa) {
        static HolidayResponse of(Holiday h, Locale locale) {
            return new HolidayResponse(h.date(), h.name(locale), h.nameEn(), h.nameJa());
        }
    }
}
