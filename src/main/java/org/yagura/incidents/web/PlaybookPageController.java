package org.yagura.incidents.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.yagura.incidents.Playbook;
import org.yagura.incidents.PlaybookService;
import org.yagura.incidents.TaskKind;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;
import org.yagura.taxonomy.TaxonomyService;

/** The playbook list and editor: everyone who reads incidents sees them; team leads and administrators change them. */
@Controller
@RequestMapping("/incidents/playbooks")
class PlaybookPageController {

    private final PlaybookService playbooks;
    private final TaxonomyService taxonomy;
    private final IncidentDetail detail;

    PlaybookPageController(PlaybookService playbooks, TaxonomyService taxonomy, IncidentDetail detail) {
        this.playbooks = playbooks;
        this.taxonomy = taxonomy;
        this.detail = detail;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("playbooks", playbooks.list());
        return "incidents/playbooks/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('TEAM_LEAD')")
    String newPlaybook(Model model) {
        return form(PlaybookForm.blank(), null, detail.none(), model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Playbook playbook = playbooks.get(id);
        return form(PlaybookForm.of(playbook), playbook, detail.none(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") PlaybookForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return save(form, binding, null, model, redirect);
    }

    @PostMapping("/{id}")
    String change(@PathVariable String id, @ModelAttribute("form") PlaybookForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.setId(id);
        return save(form, binding, playbooks.get(id), model, redirect);
    }

    @PostMapping("/{id}/deprecation")
    String deprecate(@PathVariable String id, @RequestParam boolean deprecated, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        return act(id, model, redirect, deprecated ? "playbooks.deprecated" : "playbooks.restored",
                () -> playbooks.deprecate(id, deprecated, version), "redirect:/incidents/playbooks/" + id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "playbooks.deleted", () -> playbooks.delete(id, version), "redirect:/incidents/playbooks");
    }

    private String save(PlaybookForm form, BindingResult binding, @Nullable Playbook existing, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, existing, detail.none().add(null, new BadRequestException("playbooks.form.unreadable")), model);
        }
        try {
            Playbook saved = existing == null ? playbooks.create(form.toDraft()) : playbooks.change(existing.id(), form.toChange());
            redirect.addFlashAttribute("flash", existing == null ? "playbooks.created" : "playbooks.saved");
            return "redirect:/incidents/playbooks/" + saved.id();
        } catch (OptimisticLockingFailureException e) {
            return form(form, existing, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            return form(form, existing, detail.none().add(null, e), model);
        }
    }

    private String act(String id, Model model, RedirectAttributes redirect, String flash, Runnable action, String target) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            Playbook p = playbooks.get(id);
            return form(PlaybookForm.of(p), p, detail.concurrentEdit(), model);
        } catch (YaguraException e) {
            Playbook p = playbooks.get(id);
            return form(PlaybookForm.of(p), p, detail.none().add(null, e), model);
        }
        redirect.addFlashAttribute("flash", flash);
        return target;
    }

    private String form(PlaybookForm form, @Nullable Playbook existing, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("playbook", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("classes", taxonomy.classes(false));
        model.addAttribute("taskKinds", TaskKind.values());
        return "incidents/playbooks/form";
    }
}
