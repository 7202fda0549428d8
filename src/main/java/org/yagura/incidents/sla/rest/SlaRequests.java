package org.yagura.incidents.sla.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.taxonomy.Priority;

/** Request bodies of the SLA settings API. */
final class SlaRequests {

    /** 366 days in minutes, the longest target. */
    static final long MAX_MINUTES = 366L * 24 * 60;

    private SlaRequests() {
    }

    /** Targets to set; others stay. */
    record TargetsRequest(@NotEmpty List<@Valid @NotNull TargetRequest> targets) {
    }

    /** One target: whole minutes of calendar time, or of business time when {@code businessHours} (default false). */
    record TargetRequest(@NotNull Priority priority, @NotNull SlaKind kind,
            @NotNull @Min(value = 1, message = "{sla.error.target}") @Max(value = MAX_MINUTES, message = "{sla.error.target}") Long minutes,
            @Nullable Boolean businessHours) {

        boolean countsBusinessHours() {
            return Boolean.TRUE.equals(businessHours);
        }
    }

    /** The working week and the at-risk threshold. */
    record CalendarRequest(@NotBlank String zone, @NotEmpty Set<@NotNull DayOfWeek> workingDays, @NotNull LocalTime workStart,
            @NotNull LocalTime workEnd, @Min(1) @Max(99) int atRiskPercent) {
    }

    /** A holiday's names. */
    record HolidayRequest(@NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameJa) {
    }
}
