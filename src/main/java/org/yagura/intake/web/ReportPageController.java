package org.yagura.intake.web;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.intake.Channel;
import org.yagura.intake.NewReport;
import org.yagura.intake.ReportCsv;
import org.yagura.intake.ReportService;
import org.yagura.intake.ReportStatus;
import org.yagura.intake.ReportView;
import org.yagura.intake.Triage;
import org.yagura.intake.TriageDecision;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;
import org.yagura.taxonomy.TaxonomyService;

/** The triage queue, entering a report, and triaging one or many. */
@Controller
@RequestMapping("/reports")
class ReportPageController {

    private final ReportService reports;
    private final TaxonomyService taxonomy;
    private final MessageSource messages;

    ReportPageController(ReportService reports, TaxonomyService taxonomy, MessageSource messages) {
        this.reports = reports;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "NEW") String status, @RequestParam(required = false) String cursor,
            Model model) {
        ReportStatus filter = "ALL".equals(status) ? null : ReportStatus.valueOf(status);
        model.addAttribute("page", reports.list(filter, CursorRequest.of(50, cursor)));
        model.addAttribute("status", filter == null ? "ALL" : filter.name());
        model.addAttribute("decisions", TriageDecision.values());
        model.addAttribute("classes", taxonomy.classes(false));
        model.addAttribute("errors", FormErrors.none(messages));
        return "intake/queue";
    }

    @GetMapping("/export.csv")
    void export(@RequestParam(defaultValue = "NEW") String status, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reports.csv\"");
        ReportCsv.write(reports, "ALL".equals(status) ? null : ReportStatus.valueOf(status), response.getOutputStream());
    }

    @GetMapping("/new")
    String newReport(Model model) {
        return form(new ReportForm(), FormErrors.none(messages), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute ReportForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, FormErrors.of(binding, messages), model);
        }
        try {
            ReportView report = reports.submit(new NewReport(form.getReporter(), form.getSummary(), form.getBody(), null,
                    form.getExternalReference().isBlank() ? null : "web-form", blank(form.getExternalReference()),
                    classPart(form.getSuggestion()), typePart(form.getSuggestion()), form.getTlp()), Channel.WEB_FORM, null).report();
            redirect.addFlashAttribute("flash", "report.created");
            return "redirect:/reports/" + report.key();
        } catch (YaguraException e) {
            return form(form, FormErrors.none(messages).add(null, e), model);
        }
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, Model model) {
        return detail(reports.get(key), FormErrors.none(messages), model);
    }

    @PostMapping("/{key}/triage")
    String triage(@PathVariable String key, @ModelAttribute TriageForm form, Model model, RedirectAttributes redirect) {
        try {
            reports.triage(key, form.toTriage(), form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            return detail(reports.get(key), FormErrors.none(messages).add(null, new ConflictException("error.concurrent-edit")), model);
        } catch (YaguraException e) {
            return detail(reports.get(key), FormErrors.none(messages).add(null, e), model);
        }
        redirect.addFlashAttribute("flash", "report.triaged");
        return "redirect:/reports/" + key;
    }

    @PostMapping("/triage")
    String triageSelected(@RequestParam(name = "keys", required = false) @Nullable List<String> keys,
            @ModelAttribute TriageForm form, RedirectAttributes redirect) {
        if (keys == null || keys.isEmpty()) {
            redirect.addFlashAttribute("flash", "report.none-selected");
            return "redirect:/reports";
        }
        try {
            reports.triageAll(keys, form.toTriage());
            redirect.addFlashAttribute("flash", "report.triaged-many");
        } catch (YaguraException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/reports";
    }

    private String form(ReportForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("classes", taxonomy.classes(false));
        return "intake/new";
    }

    private String detail(ReportView report, FormErrors errors, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("similar", reports.similar(report.key()));
        model.addAttribute("decisions", TriageDecision.values());
        model.addAttribute("classes", taxonomy.classes(false));
        model.addAttribute("errors", errors);
        return "intake/report";
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The class of a {@code class/type} choice of the classification select. */
    static @Nullable String classPart(String qualified) {
        return qualified == null || !qualified.contains("/") ? null : qualified.substring(0, qualified.indexOf('/'));
    }

    static @Nullable String typePart(String qualified) {
        return qualified == null || !qualified.contains("/") ? null : qualified.substring(qualified.indexOf('/') + 1);
    }

    /** The triage form: decision, classification and what the decision needs. */
    public static class TriageForm {
        private TriageDecision decision = TriageDecision.NOT_INCIDENT;
        private String classification = "";
        private String reason = "";
        private String duplicateOf = "";
        private String forwardedTo = "";
        private String incidentKey = "";
        private @Nullable Long version;

        Triage toTriage() {
            return new Triage(decision, classPart(classification), typePart(classification), blank(reason), blank(duplicateOf),
                    blank(forwardedTo), null, blank(incidentKey));
        }

        public TriageDecision getDecision() { return decision; }
        public void setDecision(TriageDecision decision) { this.decision = decision; }
        public String getClassification() { return classification; }
        public void setClassification(String classification) { this.classification = classification; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getDuplicateOf() { return duplicateOf; }
        public void setDuplicateOf(String duplicateOf) { this.duplicateOf = duplicateOf; }
        public String getForwardedTo() { return forwardedTo; }
        public void setForwardedTo(String forwardedTo) { this.forwardedTo = forwardedTo; }
        public String getIncidentKey() { return incidentKey; }
        public void setIncidentKey(String incidentKey) { this.incidentKey = incidentKey; }
        public @Nullable Long getVersion() { return version; }
        public void setVersion(@Nullable Long version) { this.version = version; }
    }
}
