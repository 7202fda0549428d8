package org.yagura.incidents.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.incidents.sla.Holiday;
import org.yagura.incidents.sla.SlaCalendarSettings;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.incidents.sla.SlaSettingsService;
import org.yagura.incidents.sla.SlaTarget;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.YaguraException;
import org.yagura.taxonomy.Priority;

/** The SLA settings page: targets per priority and kind, the business calendar and holidays. */
@Controller
@RequestMapping("/admin/sla")
@PreAuthorize("hasRole('TEAM_LEAD')")
class SlaPageController {

    private static final String PAGE = "redirect:/admin/sla";
    private static final long MAX_MINUTES = 366L * 24 * 60;
    private final SlaSettingsService settings;
    private final MessageSource messages;

    SlaPageController(SlaSettingsService settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("grid", new SlaTargetGrid(settings.targets()));
        model.addAttribute("calendar", settings.calendarSettings());
        model.addAttribute("days", List.of(DayOfWeek.values()));
        model.addAttribute("holidays", settings.holidays());
        return "incidents/sla/admin";
    }

    /** Fields {@code minutes.P1.ACKNOWLEDGE} and, when ticked, {@code business.P1.ACKNOWLEDGE}. */
    @PostMapping("/targets")
    String changeTargets(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(redirect, "sla.saved-targets", () -> {
            List<SlaTarget> targets = new ArrayList<>();
            for (Priority p : Priority.values()) {
                for (SlaKind k : SlaKind.values()) {
                    String minutes = params.get("minutes." + p + "." + k);
                    if (minutes != null) {
                        targets.add(new SlaTarget(p, k, Duration.ofMinutes(minutes(minutes)),
                                params.containsKey("business." + p + "." + k)));
                    }
                }
            }
            settings.changeTargets(targets);
        });
    }

    @PostMapping("/calendar")
    String changeCalendar(@RequestParam String zone, @RequestParam(required = false) List<String> workingDays,
            @RequestParam String workStart, @RequestParam String workEnd, @RequestParam String atRiskPercent,
            RedirectAttributes redirect) {
        return act(redirect, "sla.saved-calendar", () -> {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : workingDays == null ? List.<String>of() : workingDays) {
                try {
                    days.add(DayOfWeek.valueOf(d));
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("sla.error.no-working-day");
                }
            }
            int percent;
            try {
                percent = Integer.parseInt(atRiskPercent.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("sla.error.at-risk-range");
            }
            settings.changeCalendar(new SlaCalendarSettings(zone(zone), days, time(workStart), time(workEnd), percent));
        });
    }

    @PostMapping("/holidays")
    String saveHoliday(@RequestParam String date, @RequestParam String nameEn, @RequestParam String nameJa,
            RedirectAttributes redirect) {
        return act(redirect, "sla.saved-holiday", () -> settings.saveHoliday(new Holiday(date(date), nameEn, nameJa)));
    }

    @PostMapping("/holidays/remove")
    String removeHoliday(@RequestParam String date, RedirectAttributes redirect) {
        return act(redirect, "sla.removed-holiday", () -> settings.removeHoliday(date(date)));
    }

    private String act(RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", success);
        } catch (YaguraException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return PAGE;
    }

    private static long minutes(String value) {
        long minutes;
        try {
            minutes = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("sla.error.target");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new BadRequestException("sla.error.target");
        }
        return minutes;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException("sla.error.zone", id);
        }
    }

    private static LocalTime time(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("sla.error.time");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("sla.error.date");
        }
    }
}
