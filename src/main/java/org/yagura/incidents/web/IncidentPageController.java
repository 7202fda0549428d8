package org.yagura.incidents.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.yagura.incidents.ImpactLevel;
import org.yagura.incidents.IncidentCsv;
import org.yagura.incidents.IncidentQueue;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentSlaService;
import org.yagura.incidents.IncidentStatus;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.IncidentSlaFlag;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.filters.SavedFilterService;
import org.yagura.incidents.Resolution;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Pap;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.TaxonomyService;
import org.yagura.taxonomy.Urgency;

/** The incident list with its queues and filters, the incident page, opening and editing an incident, and its status. */
@Controller
@RequestMapping("/incidents")
class IncidentPageController {

    private final IncidentService incidents;
    private final IncidentDetail detail;
    private final TaxonomyService taxonomy;
    private final IncidentSlaService sla;
    private final SavedFilterService savedFilters;

    IncidentPageController(IncidentService incidents, IncidentDetail detail, TaxonomyService taxonomy,
            IncidentSlaService sla, SavedFilterService savedFilters) {
        this.savedFilters = savedFilters;
        this.incidents = incidents;
        this.detail = detail;
        this.taxonomy = taxonomy;
        this.sla = sla;
    }

    @GetMapping
    String list(@ModelAttribute("filter") IncidentListForm filter, @RequestParam(required = false) String cursor,
            jakarta.servlet.http.HttpServletRequest http, Model model) {
        if (http.getQueryString() == null || http.getQueryString().isBlank()) {
            // the bare list opens the user's default filter; the queue tabs lead back to the plain lists
            var preferred = savedFilters.defaultFilter();
            if (preferred.isPresent()) {
                return "redirect:/incidents?" + preferred.get().query();
            }
        }
        CursorRequest request = CursorRequest.of(50, cursor);
        CursorPage<IncidentView> page = filter.getQ().isBlank() ? incidents.list(filter.toFilter(zone()), request)
                : incidents.search(filter.getQ().strip(), filter.toFilter(zone()), request);
        model.addAttribute("page", page);
        model.addAttribute("sla", sla.statesOf(page.items()));
        model.addAttribute("queues", IncidentQueue.values());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("classes", taxonomy.classes(false));
        model.addAttribute("slaFlags", IncidentSlaFlag.values());
        var teams = detail.teams();
        var mine = savedFilters.shareableTeams();
        model.addAttribute("teams", teams);
        model.addAttribute("myTeams", teams.stream().filter(t -> mine.contains(t.id())).toList());
        model.addAttribute("savedFilters", savedFilters.list());
        return "incidents/list";
    }

    @GetMapping("/export.csv")
    void export(@ModelAttribute IncidentListForm filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"incidents.csv\"");
        IncidentCsv.incidents(incidents, filter.getQ(), filter.toFilter(zone()), response.getOutputStream());
    }

    @GetMapping("/new")
    String newIncident(Model model) {
        return form(new IncidentForm(), null, detail.none(), model);
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") IncidentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, null, FormErrors.of(binding, messages()), model);
        }
        try {
            IncidentView v = incidents.open(form.toFields(zone()));
            redirect.addFlashAttribute("flash", "incidents.opened");
            return "redirect:/incidents/" + v.key();
        } catch (YaguraException e) {
            return form(form, null, detail.of(e), model);
        }
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, @RequestParam(defaultValue = "occurred") String sort,
            @RequestParam(required = false) @Nullable JournalKind kind, Model model) {
        return detail.page(key, detail.none(), sort, kind == null ? List.of() : List.of(kind), model);
    }

    @GetMapping("/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        return form(IncidentForm.of(incidents.get(key), zone()), key, detail.none(), model);
    }

    @PostMapping("/{key}")
    String update(@PathVariable String key, @Valid @ModelAttribute("form") IncidentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, key, FormErrors.of(binding, messages()), model);
        }
        try {
            incidents.update(key, form.toFields(zone()), form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            return form(form, key, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            return form(form, key, detail.of(e), model);
        }
        redirect.addFlashAttribute("flash", "incidents.updated");
        return "redirect:/incidents/" + key;
    }

    @PostMapping("/{key}/transition")
    String transition(@PathVariable String key, @RequestParam IncidentStatus status,
            @RequestParam(required = false) @Nullable Resolution resolution, @RequestParam(required = false) @Nullable Long version,
            Model model, RedirectAttributes redirect) {
        try {
            incidents.transition(key, status, resolution, version);
        } catch (OptimisticLockingFailureException e) {
            return detail.page(key, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            return detail.page(key, detail.of(e), model);
        }
        redirect.addFlashAttribute("flash", "incidents.moved");
        return "redirect:/incidents/" + key;
    }

    @PostMapping("/{key}/participants")
    String addParticipant(@PathVariable String key, @RequestParam String username, Model model, RedirectAttributes redirect) {
        try {
            incidents.addParticipant(key, username);
        } catch (YaguraException e) {
            return detail.page(key, detail.of(e), model);
        }
        redirect.addFlashAttribute("flash", "incidents.participant.added");
        return "redirect:/incidents/" + key;
    }

    private String form(IncidentForm form, @Nullable String key, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("key", key);
        model.addAttribute("errors", errors);
        model.addAttribute("classes", taxonomy.classes(false));
        model.addAttribute("teams", detail.teams());
        model.addAttribute("impacts", Impact.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("paps", Pap.values());
        model.addAttribute("levels", ImpactLevel.values());
        return "incidents/form";
    }

    private org.springframework.context.MessageSource messages() {
        return detail.messages();
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
