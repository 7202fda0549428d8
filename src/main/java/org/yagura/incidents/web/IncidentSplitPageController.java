package org.yagura.incidents.web;

import java.util.Arrays;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.artifacts.ArtifactService;
import org.yagura.incidents.IncidentReportService;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentSplit;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalService;
import org.yagura.incidents.TaskService;
import org.yagura.observables.ObservableService;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;
import org.yagura.taxonomy.TaxonomyService;

/** The split form of an incident: every part of it with a checkbox, and the new incident's title, class and TLP. */
@Controller
@RequestMapping("/incidents/{key}/split")
class IncidentSplitPageController {

    private final IncidentService incidents;
    private final IncidentSplit split;
    private final IncidentReportService reports;
    private final TaskService tasks;
    private final JournalService journal;
    private final ObservableService observables;
    private final ArtifactService artifacts;
    private final TaxonomyService taxonomy;
    private final IncidentDetail detail;

    IncidentSplitPageController(IncidentService incidents, IncidentSplit split, IncidentReportService reports,
            TaskService tasks, JournalService journal, ObservableService observables, ArtifactService artifacts,
            TaxonomyService taxonomy, IncidentDetail detail) {
        this.incidents = incidents;
        this.split = split;
        this.reports = reports;
        this.tasks = tasks;
        this.journal = journal;
        this.observables = observables;
        this.artifacts = artifacts;
        this.taxonomy = taxonomy;
        this.detail = detail;
    }

    @GetMapping
    String form(@PathVariable String key, Model model) {
        return page(key, SplitForm.of(incidents.get(key)), detail.none(), model);
    }

    @PostMapping
    String split(@PathVariable String key, @ModelAttribute("form") SplitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(key, form, detail.none().add(null, new BadRequestException("incidents.split.unreadable")), model);
        }
        try {
            IncidentView created = split.split(key, form.toParts());
            redirect.addFlashAttribute("flash", "incidents.split.done");
            return "redirect:/incidents/" + created.key();
        } catch (OptimisticLockingFailureException e) {
            return page(key, form, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            return page(key, form, detail.none().add(null, e), model);
        }
    }

    private String page(String key, SplitForm form, FormErrors errors, Model model) {
        IncidentView incident = incidents.get(key);
        model.addAttribute("incident", incident);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reports", reports.reports(key));
        model.addAttribute("tasks", tasks.tasks(key));
        model.addAttribute("journal", journal.entries(key, java.util.List.of(), true, false));
        model.addAttribute("observables", observables.links("incident", key));
        model.addAttribute("artifacts", artifacts.list("incidents", key));
        model.addAttribute("classes", taxonomy.classes(false));
        model.addAttribute("tlps", Arrays.stream(Tlp.values()).filter(t -> t.compareTo(incident.tlp()) >= 0).toList());
        return "incidents/split";
    }
}
