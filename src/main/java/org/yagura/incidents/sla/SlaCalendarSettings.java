package org.yagura.incidents.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The team's working week for business-hours targets, and the share of a target (in percent)
 * after which a running clock is flagged at risk.
 */
public record SlaCalendarSettings(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime workStart, LocalTime workEnd,
        int atRiskPercent) {

    public SlaCalendarSettings {
        workingDays = workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
    }

    /** The working days Monday first. */
    public java.util.List<DayOfWeek> workingDaysInOrder() {
        return workingDays.stream().sorted().toList();
    }
}
