package org.yagura.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.incidents.IncidentCsv;
import org.yagura.incidents.IncidentMerge;
import org.yagura.incidents.IncidentReportService;
import org.yagura.incidents.JournalEntry;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.NewTask;
import org.yagura.incidents.PlaybookService;
import org.yagura.incidents.TaskKind;
import org.yagura.incidents.TaskService;
import org.yagura.incidents.TaskState;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.YaguraException;

/** The forms of the incident page: tasks, playbooks, journal entries, attaching reports; and the journal exports. */
@Controller
@RequestMapping("/incidents/{key}")
class IncidentWorkPageController {

    private final TaskService tasks;
    private final JournalService journal;
    private final PlaybookService playbooks;
    private final IncidentReportService reports;
    private final IncidentDetail detail;
    private final IncidentMerge incidentMerge;

    IncidentWorkPageController(TaskService tasks, JournalService journal, PlaybookService playbooks,
            IncidentReportService reports, IncidentDetail detail, IncidentMerge incidentMerge) {
        this.incidentMerge = incidentMerge;
        this.tasks = tasks;
        this.journal = journal;
        this.playbooks = playbooks;
        this.reports = reports;
        this.detail = detail;
    }

    @PostMapping("/tasks")
    String addTask(@PathVariable String key, @RequestParam String title, @RequestParam TaskKind kind,
            @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String dueDate, Model model,
            RedirectAttributes redirect) {
        return act(key, model, redirect, "incidents.task.added",
                () -> tasks.add(key, new NewTask(title, kind, assignee.isBlank() ? null : assignee, date(dueDate))));
    }

    @PostMapping("/tasks/{id}/state")
    String setTaskState(@PathVariable String key, @PathVariable UUID id, @RequestParam TaskState state,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "incidents.task.changed", () -> tasks.setState(key, id, state, version));
    }

    @PostMapping("/playbook")
    String applyPlaybook(@PathVariable String key, @RequestParam String playbook, Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "incidents.playbook.applied", () -> playbooks.apply(key, playbook));
    }

    @PostMapping("/journal")
    String addEntry(@PathVariable String key, @RequestParam JournalKind kind, @RequestParam String body,
            @RequestParam(defaultValue = "") String occurredAt, Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "incidents.journal.added", () -> journal.add(key,
                new JournalService.NewJournalEntry(kind, body, IncidentForm.instant("occurredAt", occurredAt,
                        LocaleContextHolder.getTimeZone().toZoneId()))));
    }

    @PostMapping("/reports")
    String attachReports(@PathVariable String key, @RequestParam String reportKeys, Model model, RedirectAttributes redirect) {
        List<String> keys = Arrays.stream(reportKeys.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        return act(key, model, redirect, "incidents.reports.attached", () -> reports.attachReports(key, keys));
    }

    @PostMapping("/merge")
    String merge(@PathVariable String key, @RequestParam String into, Model model, RedirectAttributes redirect) {
        try {
            String target = incidentMerge.merge(key, into.strip()).key();
            redirect.addFlashAttribute("flash", "incidents.merge.done");
            return "redirect:/incidents/" + target;
        } catch (OptimisticLockingFailureException e) {
            return detail.page(key, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            return detail.page(key, detail.of(e), model);
        }
    }

    @GetMapping("/journal.csv")
    void journalCsv(@PathVariable String key, @RequestParam(defaultValue = "occurred") String sort,
            HttpServletResponse response) throws IOException {
        List<JournalEntry> entries = journal.entries(key, List.of(), !"recorded".equals(sort), false);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + "-journal.csv\"");
        IncidentCsv.journal(entries, response.getOutputStream());
    }

    @GetMapping(value = "/journal.json", produces = "application/json")
    @ResponseBody
    java.util.Map<String, List<JournalEntry>> journalJson(@PathVariable String key,
            @RequestParam(defaultValue = "occurred") String sort, HttpServletResponse response) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + "-journal.json\"");
        return java.util.Map.of("items", journal.entries(key, List.of(), !"recorded".equals(sort), false));
    }

    private String act(String key, Model model, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            return detail.page(key, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            return detail.page(key, detail.of(e), model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/incidents/" + key;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("incidents.time.invalid");
        }
    }
}
