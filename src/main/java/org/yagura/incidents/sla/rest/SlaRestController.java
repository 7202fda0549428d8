package org.yagura.incidents.sla.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.sla.Holiday;
import org.yagura.incidents.sla.SlaCalendarSettings;
import org.yagura.incidents.sla.SlaSettingsService;
import org.yagura.incidents.sla.SlaTarget;
import org.yagura.incidents.sla.rest.SlaRequests.CalendarRequest;
import org.yagura.incidents.sla.rest.SlaRequests.HolidayRequest;
import org.yagura.incidents.sla.rest.SlaRequests.TargetsRequest;
import org.yagura.incidents.sla.rest.SlaResponses.CalendarResponse;
import org.yagura.incidents.sla.rest.SlaResponses.HolidayResponse;
import org.yagura.incidents.sla.rest.SlaResponses.TargetResponse;
import org.yagura.shared.api.BadRequestException;

/** SLA targets, the business calendar and its holidays. */
@RestController
@RequestMapping("/api/v1/sla")
@Tag(name = "sla", description = "SLA targets per priority and kind, business hours and holidays")
class SlaRestController {

    private final SlaSettingsService settings;

    SlaRestController(SlaSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/targets")
    @Operation(summary = "Every target: priority, kind (ACKNOWLEDGE, CONTAIN, RESOLVE, BREACH_NOTIFICATION), minutes, business hours")
    Map<String, List<TargetResponse>> targets() {
        return Map.of("items", settings.targets().stream().map(TargetResponse::of).toList());
    }

    @PutMapping("/targets")
    @Operation(summary = "Set targets; others stay (team lead or administrator)")
    Map<String, List<TargetResponse>> changeTargets(@Valid @RequestBody TargetsRequest r) {
        List<SlaTarget> targets = r.targets().stream()
                .map(t -> new SlaTarget(t.priority(), t.kind(), Duration.ofMinutes(t.minutes()), t.countsBusinessHours())).toList();
        return Map.of("items", settings.changeTargets(targets).stream().map(TargetResponse::of).toList());
    }

    @GetMapping("/calendar")
    @Operation(summary = "The business calendar: time zone, working days and hours, at-risk threshold")
    CalendarResponse calendar() {
        return CalendarResponse.of(settings.calendarSettings());
    }

    @PutMapping("/calendar")
    @Operation(summary = "Replace the business calendar (team lead or administrator); due times of running clocks move")
    CalendarResponse changeCalendar(@Valid @RequestBody CalendarRequest r) {
        return CalendarResponse.of(settings.changeCalendar(new SlaCalendarSettings(zone(r.zone()), r.workingDays(),
                r.workStart(), r.workEnd(), r.atRiskPercent())));
    }

    @GetMapping("/holidays")
    @Operation(summary = "Holidays, earliest first; all of them or those of one year")
    Map<String, List<HolidayResponse>> holidays(@RequestParam(required = false) @Nullable Integer year) {
        List<Holiday> holidays = year == null ? settings.holidays() : settings.holidays(year);
        return Map.of("items", holidays.stream().map(h -> HolidayResponse.of(h, LocaleContextHolder.getLocale())).toList());
    }

    @PutMapping("/holidays/{date}")
    @Operation(summary = "Add the holiday on a date (YYYY-MM-DD) or rename it (team lead or administrator)")
    HolidayResponse saveHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody HolidayRequest r) {
        return HolidayResponse.of(settings.saveHoliday(new Holiday(date, r.nameEn(), r.nameJa())), LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/holidays/{date}")
    @Operation(summary = "Remove the holiday on a date (team lead or administrator)")
    ResponseEntity<Void> removeHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        settings.removeHoliday(date);
        return ResponseEntity.noContent().build();
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException("sla.error.zone", id);
        }
    }
}
